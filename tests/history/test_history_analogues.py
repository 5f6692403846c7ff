from __future__ import annotations

import itertools
from collections.abc import Callable

from treatylens.history.analogues import attach_analogues, compare_features, find_analogues
from treatylens.history.features import profile_features
from treatylens.model import Profile

Factory = Callable[..., Profile]


def test_budapest_like_profile_finds_budapest_first(profile_factory: Factory) -> None:
    profile = profile_factory(
        [["respect_sovereignty"], ["defence", "un_referral"], ["nuclear"]],
        legal_form="memorandum",
        automaticity="external",
        modality="hortatory",
        conditions=["unsc_dependent"],
        adversary="RUS",
        adversary_is_guarantor=True,
        veto_exposure=True,
        parties=4,
    )
    found = find_analogues(profile, k=3)
    assert found[0].id == "budapest_1994"
    assert found[0].outcome == "failed"
    assert "adversary among the guarantors" in found[0].shared
    assert 0.0 <= found[-1].similarity <= found[0].similarity <= 1.0


def test_ordering_is_deterministic_and_ties_break_by_id(profile_factory: Factory) -> None:
    profile = profile_factory([["defence"]])
    first = find_analogues(profile, k=30)
    second = find_analogues(profile, k=30)
    assert first == second
    for a, b in itertools.pairwise(first):
        assert (-a.similarity, a.id) <= (-b.similarity, b.id)


def test_pools_restrict_the_candidates(profile_factory: Factory) -> None:
    profile = profile_factory([["defence"], ["forces_presence"], ["integrated_command"]])
    assert all(a.kind == "reference" for a in find_analogues(profile, k=10, pool="modern"))
    atop = find_analogues(profile, k=10, pool="atop")
    assert all(a.kind == "atop" and a.id.startswith("atop-") for a in atop)
    assert all("ATOP v4.01" in a.source for a in atop)


def test_attach_analogues_sets_plain_dicts_with_the_contract_keys(profile_factory: Factory) -> None:
    profile = profile_factory([["defence"]])
    out = attach_analogues(profile, k=4)
    assert profile.analogues is None  # the input is not modified
    assert out.analogues is not None and len(out.analogues) == 4
    keys = {"id", "name", "year", "similarity", "shared", "differs", "outcome", "event", "source"}
    assert all(keys <= set(a) for a in out.analogues)
    assert out.to_json() == attach_analogues(profile, k=4).to_json()


def test_similarity_counts_unknowns_as_half(profile_factory: Factory) -> None:
    query = profile_features(profile_factory([["defence"]]))
    same, _, differs = compare_features(query, dict(query))
    assert same == 1.0 and differs == []
    unknown = {name: None for name in query}
    half, shared, _ = compare_features(query, unknown)
    assert half == 0.5 and shared == []


def test_k_below_one_returns_nothing(profile_factory: Factory) -> None:
    assert find_analogues(profile_factory([["defence"]]), k=0) == []
