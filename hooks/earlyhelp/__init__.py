"""Pure-Python core of the Early Help site.

Nothing in this package imports MkDocs: the hook files in ``hooks/`` are thin
adapters, so the logic survives a move away from MkDocs or Material.
"""
