"""Every place data file is checked when the coder starts: ``lexicons.load_all()`` fails on a broken row."""

from __future__ import annotations

import pytest

from eventwire.errors import DataFileError
from eventwire.lexicons import load_all
from eventwire.lexicons.files import substituted

BROKEN = {
    "places/aliases.tsv": "alias\tname\tiso3\nKiev\tKyiv\tukr\n",
    "places/country_centroids.tsv": "iso3\tlat\tlon\nKEN\t0.0\t-200\n",
    "places/regions.tsv": "name\tiso3\tlat\tlon\tprecision\talternates\nCrimea\tUKR\t45\t34\tisland\t\n",
    "places/cues.yaml": "locative_preps: [in]\n",
    "places/figurative.yaml": "verbs: [capture]\nobjects: [title]\nrecordings: [on film]\n",
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_a_broken_place_file_fails_at_start_up_naming_it(name: str) -> None:
    with substituted(name, BROKEN[name]), pytest.raises(DataFileError, match=rf"^data/{name}( line \d+)?:"):
        load_all()
