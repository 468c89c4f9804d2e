# Known limit of this phase (RULES.md 2.1): `import json` then `import simplejson as
# json` in a branch.  pyflakes reports F811 (the branch is no alternative of the first
# import) and so does pyreview for now; with use-def chains (issue 3, next phase) the
# read is reached by both bindings and neither is a redefinition.
import json
import sys

if sys.version_info < (3,):
    import simplejson as json

json.dumps({})
