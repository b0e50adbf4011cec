"""Training completions: the records behind "partners attending Early Help training".

Measure of success 1 of the strategy is an increase in the number of partners
attending Early Help training. These modules turn the training records kept
outside ``docs/`` into that figure, by financial year and quarter, without any
attendee identifier reaching the built site, a cache or a log:

- ``registry``: the agencies and courses the records may name;
- ``csvlines``, ``records``, ``checks``, ``describe``: read and check record files, row by row;
- ``location``: where records may live, and leftovers that must not lie beside them;
- ``report``: count completed quarters by financial year;
- ``disclosure``: hide small counts, and whatever would let them be worked out;
- ``render``, ``chart``: the report page and its JSON;
- ``exportfile``, ``importer``, ``folderlock``: turn exports into canonical records, one import at a time;
- ``published``: the whole step, for the adapter.

Nothing here imports MkDocs: ``hooks/training_report_hook.py`` is the adapter.
"""
