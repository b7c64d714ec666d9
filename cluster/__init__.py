"""Several app hosts on one machine: `make cluster`, the cluster tests and `make bench` cluster mode."""
