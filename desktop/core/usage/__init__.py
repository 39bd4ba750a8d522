"""Usage: the local ledger, its migrations, sync to the team file, spend and budgets."""
