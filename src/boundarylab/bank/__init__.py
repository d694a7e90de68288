"""The scenario bank: models, loader and schema."""

from boundarylab.bank.loader import Bank, BankError, Problem, load_bank, validate_bank
from boundarylab.bank.models import Module, Scenario

__all__ = ["Bank", "BankError", "Module", "Problem", "Scenario", "load_bank", "validate_bank"]
