"""Shipped weights of the label model (written by scripts/train_label_model.py)."""
