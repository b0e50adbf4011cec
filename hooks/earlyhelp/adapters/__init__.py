"""The MkDocs adapters: thin on_* functions that read MkDocs events, call the core (earlyhelp.*)
and report its findings. earlyhelp.plugin runs them all, in the order below, as one plugin; each
file also works on its own as an MkDocs hook, which the generator's tests use to build fixture
sites with only the parts they test."""
