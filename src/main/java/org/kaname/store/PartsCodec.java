package org.kaname.store;

import org.kaname.model.Plan;

/**
 * How the journal keeps the parts of a plan a change replaced: as bytes of a plan holding only those parts (the
 * kaname-plan JSON in practice, supplied by the service layer, which knows the format; the store does not).
 */
public interface PartsCodec {
    byte[] encode(Plan partsAlone);

    /** Reads back what {@link #encode} wrote; not validated as a whole plan, since it holds only some parts. */
    Plan decode(byte[] bytes);
}
