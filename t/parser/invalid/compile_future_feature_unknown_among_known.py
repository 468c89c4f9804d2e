from __future__ import annotations, barry_as_FLUFL, nested_scopes, time_travel
