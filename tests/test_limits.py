import subprocess
import sys

import pytest

from faultlines import limits
from faultlines.errors import DocumentTimeout

PROBE = """
from faultlines.limits import limit_memory
assert limit_memory(512 << 20)
try:
    bytearray(1 << 30)
except MemoryError:
    print("refused", len(bytearray(64 << 20)))
"""


def test_limits_a_capped_process_refuses_an_allocation_past_the_cap_and_goes_on():
    if sys.platform != "linux":
        pytest.skip("RLIMIT_DATA is enforced on Linux")
    probe = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=60)
    assert probe.stdout == f"refused {64 << 20}\n", probe.stderr


def test_limits_no_cap_asked_for_sets_none():
    assert limits.limit_memory(None) is False


def test_limits_a_deadline_stops_the_body_and_none_never_does():
    import time

    with pytest.raises(DocumentTimeout), limits.deadline(0.05):
        time.sleep(2)
    with limits.deadline(None):
        time.sleep(0.1)
