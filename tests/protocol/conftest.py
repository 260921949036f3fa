"""Hypothesis settings shared by the protocol tests."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

from tests.protocol.strategies import PROFILE

# Registered here and applied per test (`settings(settings.get_profile(PROFILE))`) rather than loaded
# globally, so that the other test folders keep their own Hypothesis settings. For a deeper search,
# run with e.g. LMSDK_PROTOCOL_MAX_EXAMPLES=1000.
settings.register_profile(
    PROFILE,
    max_examples=int(os.environ.get("LMSDK_PROTOCOL_MAX_EXAMPLES", "30")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
