/**
 * Workshop scoring rounds: scores entered in a room stay hidden in an open round until it is revealed, revealed
 * rounds are kept as history, and the spread of the raters' values shows where the room disagrees and how
 * consensus moved from one round to the next. Pure functions on the model's immutable records; a refused
 * operation throws {@link org.kaname.engine.EngineException} with a message for a person.
 */
package org.kaname.engine.workshop;
