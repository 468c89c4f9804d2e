# The review format's security part: the verdict counts the security and the command
# execution findings together, and the two concerns come first, security then command
# execution, before naming and the others; error handling comes last of the rule concerns.
=== file: pyreview.toml
select = ["S", "E722", "N802", "RVW504"]
=== file: vol.py
"""A volume driver."""
import subprocess


def mountIt(device):
    """Mount a device."""
    try:
        subprocess.call("mount " + device, shell=True)
    except:
        pass
    return eval(device)
=== file: safe.py
"""Nothing to say."""
VALUE = 1
=== run: pyreview --output-format review
=== stdout
pyreview review of 2 files

vol.py
  Security: 4 possible defects, listed below.
  1. Security (1)
     line 11: Use of possibly insecure function; consider using `ast.literal_eval` [S307]
     Treat each as a defect until it is shown safe: keep untrusted input away from these calls, or use the safe API.
  2. Command execution (3)
     line 8: `subprocess` call with `shell=True` identified, security issue [S602]
     line 8: shell command built from parameter `device` (line 5) by concatenation (line 8) [RVW504]
     line 11: evaluated code comes from parameter `device` (line 5) [RVW504]
     Pass commands as argument lists without a shell, and never build them from untrusted input.
  3. Naming consistency (1)
     line 5: Function name `mountIt` should be lowercase [N802]
     Pick one style for each kind of name and rename the outliers, so that readers can tell the kinds apart at a glance.
  4. Error handling (2)
     line 9: Do not use bare `except` [E722]
     line 9: `try`-`except`-`pass` detected, consider logging the exception [S110]
     Catch the exceptions you expect, keep the cause with `raise ... from`, and never silence an error without a word.
  Metrics: maintainability index 74.2 (A); 1 function, 0 of rank C or worse; the most complex: `mountIt` (2, rank A).
  Summary: 7 findings in 4 concerns.

Whole run
  Security: 4 possible defects, listed below.
  1. Security: 1 in 1 file (S307 x1)
     vol.py: 1
     Treat each as a defect until it is shown safe: keep untrusted input away from these calls, or use the safe API.
  2. Command execution: 3 in 1 file (RVW504 x2, S602 x1)
     vol.py: 3
     Pass commands as argument lists without a shell, and never build them from untrusted input.
  3. Naming consistency: 1 in 1 file (N802 x1)
     vol.py: 1
     Pick one style for each kind of name and rename the outliers, so that readers can tell the kinds apart at a glance.
  4. Error handling: 2 in 1 file (E722 x1, S110 x1)
     vol.py: 2
     Catch the exceptions you expect, keep the cause with `raise ... from`, and never silence an error without a word.
  Metrics: maintainability index A in 2, B in 0, C in 0 (lowest: vol.py, 74.2); 0 of 1 functions rank C or worse; the most complex: `mountIt` in vol.py (2, rank A).
  Summary: 2 files reviewed, 7 findings in 1 file (4 concerns).
=== status: 1
