"""Training completions: the records behind "partners attending Early Help training".

Measure of success 1 of the strategy is an increase in the number of partners
attending Early Help training. These modules turn the training records kept
outside ``docs/`` into that figure, by financial year and quarter, without any
attendee identifier reaching the built site:

- ``registry``: the agencies and courses the records may name;
- ``records``: read and check record files (cached by size and mtime);
- ``report``: count by financial year and quarter;
- ``suppress``: hide small numbers before anything is published;
- ``render``: the report page, its chart and its JSON;
- ``importer``: turn exports from other systems into canonical records.

Nothing here imports MkDocs: ``hooks/training_report_hook.py`` is the adapter.
"""
