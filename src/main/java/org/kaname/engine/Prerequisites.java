package org.kaname.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kaname.model.Measure;

/** Facts about the prerequisite graph ({@link Measure#dependsOn()}) that scheduling and validation both need. */
public final class Prerequisites {
    private Prerequisites() {
    }

    /**
     * The first prerequisite cycle found walking the measures in plan order and each measure's prerequisites in
     * their listed order, as ids from a measure back to itself, e.g. {@code [B01, B03, B01]}; a measure that depends
     * on itself gives {@code [A, A]}. Ids that name no measure are ignored (reporting them is the validator's job);
     * with duplicate ids the first measure holding the id counts.
     */
    public static Optional<List<String>> findCycle(List<Measure> measures) {
        Map<String, Measure> byId = new HashMap<>();
        for (Measure m : measures) {
            byId.putIfAbsent(m.id(), m);
        }
        Map<String, State> state = new HashMap<>();
        for (Measure root : measures) {
            if (state.containsKey(root.id())) {
                continue;
            }
            // Iterative depth-first search, so a long chain of prerequisites cannot overflow the stack.
            Deque<Frame> path = new ArrayDeque<>();
            path.push(new Frame(root));
            state.put(root.id(), State.ON_PATH);
            while (!path.isEmpty()) {
                Frame top = path.peek();
                if (!top.next.hasNext()) {
                    state.put(top.measure.id(), State.DONE);
                    path.pop();
                    continue;
                }
                String prerequisite = top.next.next();
                Measure target = byId.get(prerequisite);
                if (target == null) {
                    continue;
                }
                State s = state.get(prerequisite);
                if (s == State.ON_PATH) {
                    return Optional.of(cycleEndingAt(path, prerequisite));
                }
                if (s == null) {
                    state.put(prerequisite, State.ON_PATH);
                    path.push(new Frame(target));
                }
            }
        }
        return Optional.empty();
    }

    private static List<String> cycleEndingAt(Deque<Frame> path, String start) {
        List<String> cycle = new ArrayList<>();
        Iterator<Frame> fromRoot = path.descendingIterator();
        boolean inCycle = false;
        while (fromRoot.hasNext()) {
            String id = fromRoot.next().measure.id();
            inCycle = inCycle || id.equals(start);
            if (inCycle) {
                cycle.add(id);
            }
        }
        cycle.add(start);
        return List.copyOf(cycle);
    }

    private enum State { ON_PATH, DONE }

    private static final class Frame {
        final Measure measure;
        final Iterator<String> next;

        Frame(Measure measure) {
            this.measure = measure;
            this.next = measure.dependsOn().iterator();
        }
    }
}
