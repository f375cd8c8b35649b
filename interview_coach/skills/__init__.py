"""Skills: the packaged taxonomy, extraction from text, coverage of a job by a resume, ranking."""
