"""Several agreements side by side (``compare``) and two drafts of one agreement (``diff``)."""

from treatylens.compare.diff import Change, Diff, diff_profiles
from treatylens.compare.inputs import profile_from_input
from treatylens.compare.matrix import Comparison, compare_profiles
from treatylens.compare.render import render_comparison, render_diff

__all__ = [
    "Change",
    "Comparison",
    "Diff",
    "compare_profiles",
    "diff_profiles",
    "profile_from_input",
    "render_comparison",
    "render_diff",
]
