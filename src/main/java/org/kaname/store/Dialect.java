package org.kaname.store;

/** Which SQL database holds the plans: the embedded H2 file of one PC, or a shared PostgreSQL server. */
public enum Dialect { H2, POSTGRESQL }
