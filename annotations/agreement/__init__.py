"""Agreement between annotators: units paired by span overlap, kappa, alpha, alpha_u, span F1 (never imports Qt)."""

from .measures import cohen_kappa, coincidences, confusion_matrix, krippendorff_alpha, unitizing_alpha
from .report import (
    FIELDS,
    AgreementReport,
    Disagreement,
    FieldAgreement,
    agreement,
    coded_statements,
    statement_quotes,
)
from .units import DEFAULT_OVERLAP, Coded, pair_units

__all__ = [
    "DEFAULT_OVERLAP", "FIELDS", "AgreementReport", "Coded", "Disagreement", "FieldAgreement", "agreement",
    "coded_statements", "cohen_kappa", "coincidences", "confusion_matrix", "krippendorff_alpha", "pair_units",
    "statement_quotes", "unitizing_alpha",
]  # fmt: skip
