"""Score treatylens against gold-labelled agreements (``shared/eval/FORMAT.md``).

A gold clause is matched with every predicted clause whose span overlaps it by at least half of
the shorter of the two; the predicted labels of the gold clause are the union over those. A
predicted clause with labels that matches no gold clause is a false positive for each label.
"""

from treatylens.evaluate.gold import GoldClause, GoldDocument, load_gold_dir
from treatylens.evaluate.score import EvalReport, evaluate_dir, score_documents

__all__ = ["EvalReport", "GoldClause", "GoldDocument", "evaluate_dir", "load_gold_dir", "score_documents"]
