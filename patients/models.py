"""What patients and visitors leave with the clinic."""
