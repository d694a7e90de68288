"""Reports: plain data in, a figure or a file out (charts, certificate, transcript, cohort)."""
