"""swapscore: UNCT-SWAP scorecard reports to audited research datasets."""

__version__ = "0.1.0"
