/**
 * The plan model: immutable records, no behaviour beyond lookups and copies.
 * Nothing here may depend on JavaFX, SQL or I/O.
 */
package org.kaname.model;
