package org.kaname.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.kaname.model.Plan;

/**
 * Reads kaname-plan JSON that Kaname itself wrote for part of a plan (a journal entry's parts before and after), so
 * it is mapped but not validated as a whole plan: a plan of only criteria, say, is not a valid plan on its own.
 */
public final class PlanPartsReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PlanPartsReader() {
    }

    public static Plan read(byte[] json) {
        try {
            return new PlanReader(new IoMessages(Locale.ENGLISH)).read(MAPPER.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (PlanReader.Problem p) {
            throw new IllegalStateException("journal parts unreadable at " + p.pointer + ": " + p.getMessage(), p);
        }
    }
}
