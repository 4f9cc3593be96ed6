"""Official terminology: glossary files, matching in sources, the enforcement policy."""
