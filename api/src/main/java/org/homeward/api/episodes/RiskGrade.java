package org.homeward.api.episodes;

/** The police's four risk grades (College of Policing), used for the worker's grade too. */
public enum RiskGrade { NO_APPARENT_RISK, LOW, MEDIUM, HIGH }
