"""What every kind of work item shows the same way: its icon, its tasks list, its form shell."""
