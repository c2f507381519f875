package org.kaname.ui.roadmap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.kaname.engine.roadmap.Roadmap;
import org.kaname.engine.roadmap.ScheduledMeasure;
import org.kaname.i18n.Messages;
import org.kaname.model.FiscalYears;
import org.kaname.model.Indicator;
import org.kaname.model.Measure;
import org.kaname.model.MeasureGroup;
import org.kaname.model.Pillar;
import org.kaname.model.Plan;
import org.kaname.model.Tier;
import org.kaname.ui.JapaneseFont;

/**
 * The Gantt chart by fiscal year: rows grouped by pillar and support measure, bars labelled with their tier (colour
 * and text), prerequisite arrows, indicator milestones (◆) in their target year. Keyboard: ↑/↓ choose a measure,
 * ←/→ move its start a year (pinning it), P pins it where it is, Delete unpins. A bar can also be dragged.
 */
final class GanttCanvas extends Canvas {
    static final double LABEL_WIDTH = 360;
    static final double YEAR_WIDTH = 132;
    static final double HEADER = 52;
    static final double ROW = 34;

    private final RoadmapViewModel vm;
    private final Messages messages;
    private final List<Row> rows = new ArrayList<>();
    private double dragStartX = Double.NaN;
    private String dragMeasure;

    /** One drawn line: a pillar or group heading, or a measure. */
    private record Row(String kind, String id, String label, Measure measure) {
    }

    GanttCanvas(RoadmapViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        setFocusTraversable(true);
        setId("ganttChart");
        setAccessibleText(messages.get("gantt.accessible"));
        vm.roadmapProperty().addListener((o, a, b) -> redraw());
        vm.selectedProperty().addListener((o, a, b) -> redraw());
        focusedProperty().addListener((o, a, b) -> redraw());
        addEventHandler(KeyEvent.KEY_PRESSED, this::key);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::press);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::release);
        redraw();
    }

    private void layoutRows(Plan plan) {
        rows.clear();
        for (Pillar pillar : plan.pillars()) {
            rows.add(new Row("pillar", pillar.id(), pillar.name(), null));
            for (MeasureGroup group : plan.groups()) {
                if (!pillar.id().equals(group.pillar())) {
                    continue;
                }
                rows.add(new Row("group", group.id(), group.id() + "  " + group.title(), null));
                for (Measure m : plan.measures()) {
                    if (group.id().equals(m.group())) {
                        rows.add(new Row("measure", m.id(), m.id() + "  " + m.title(), m));
                    }
                }
            }
        }
        // Measures outside any pillar or group still belong on the chart.
        for (Measure m : plan.measures()) {
            if (rows.stream().noneMatch(r -> r.measure() == m)) {
                rows.add(new Row("measure", m.id(), m.id() + "  " + m.title(), m));
            }
        }
    }

    List<String> measureIds() {
        return rows.stream().filter(r -> r.measure() != null).map(Row::id).toList();
    }

    void redraw() {
        Plan plan = vm.plan();
        layoutRows(plan);
        FiscalYears fy = plan.fiscalYears();
        setWidth(LABEL_WIDTH + fy.length() * YEAR_WIDTH + 8);
        setHeight(HEADER + rows.size() * ROW + 8);
        GraphicsContext g = getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, getWidth(), getHeight());
        String family = JapaneseFont.family();
        Font body = Font.font(family, 14);
        Font bold = Font.font(family, FontWeight.BOLD, 14);
        g.setTextBaseline(VPos.CENTER);
        // Year header: 2027年度 over （令和9年度）, so the column stays narrow.
        for (int i = 0; i < fy.length(); i++) {
            int year = fy.start() + i;
            double x = LABEL_WIDTH + i * YEAR_WIDTH;
            g.setFill(i % 2 == 0 ? Color.web("#f3f5f9") : Color.WHITE);
            g.fillRect(x, 0, YEAR_WIDTH, getHeight());
            g.setFill(Color.web("#1a1a1a"));
            g.setFont(bold);
            g.setTextAlign(TextAlignment.CENTER);
            String label = FiscalYears.label(year);
            int bracket = label.indexOf('（');
            g.fillText(bracket > 0 ? label.substring(0, bracket) : label, x + YEAR_WIDTH / 2, 16);
            g.setFont(body);
            g.fillText(bracket > 0 ? label.substring(bracket) : "", x + YEAR_WIDTH / 2, 36);
        }
        g.setStroke(Color.web("#8c8c8c"));
        g.strokeLine(0, HEADER, getWidth(), HEADER);
        Roadmap roadmap = vm.roadmapProperty().get();
        Map<String, double[]> bars = new HashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            double y = HEADER + r * ROW;
            if (row.id().equals(vm.selectedProperty().get()) && row.measure() != null) {
                g.setFill(Color.web("#dbe6ff"));
                g.fillRect(0, y, getWidth(), ROW);
                if (isFocused()) {
                    g.setStroke(Color.BLACK);
                    g.setLineWidth(2);
                    g.strokeRect(1, y + 1, getWidth() - 2, ROW - 2);
                    g.setLineWidth(1);
                }
            }
            g.setTextAlign(TextAlignment.LEFT);
            g.setFill(Color.web("#1a1a1a"));
            g.setFont(row.measure() == null ? bold : body);
            double indent = switch (row.kind()) {
                case "pillar" -> 8;
                case "group" -> 20;
                default -> 36;
            };
            g.fillText(clip(row.label(), LABEL_WIDTH - indent - 8, row.measure() == null ? 15.5 : 14.5),
                    indent, y + ROW / 2);
            if (row.measure() == null) {
                plan.group(row.id()).ifPresent(group -> milestones(g, fy, group.indicators(), y, body));
                continue;
            }
            milestones(g, fy, row.measure().indicators(), y, body);
            Optional<ScheduledMeasure> s = roadmap == null ? Optional.empty() : roadmap.find(row.id());
            if (s.isEmpty()) {
                continue;
            }
            ScheduledMeasure sm = s.get();
            if (sm.isScheduled()) {
                double x0 = LABEL_WIDTH + (sm.start().getAsInt() - fy.start()) * YEAR_WIDTH + 4;
                double x1 = LABEL_WIDTH + (sm.end().getAsInt() - fy.start() + 1) * YEAR_WIDTH - 4;
                x0 = Math.max(LABEL_WIDTH, x0);
                x1 = Math.min(LABEL_WIDTH + fy.length() * YEAR_WIDTH, x1);
                bars.put(row.id(), new double[] {x0, x1, y + ROW / 2});
                g.setFill(TierColors.fill(sm.tier(), plan.tiers()));
                g.fillRoundRect(x0, y + 5, x1 - x0, ROW - 10, 6, 6);
                g.setStroke(Color.web("#1a1a1a"));
                if (sm.pinned()) {
                    g.setLineWidth(2.5);
                    g.setLineDashes(6, 3);
                }
                g.strokeRoundRect(x0, y + 5, x1 - x0, ROW - 10, 6, 6);
                g.setLineWidth(1);
                g.setLineDashes();
                g.setFill(TierColors.text(sm.tier(), plan.tiers()));
                g.setFont(bold);
                String text = sm.tier() + (sm.pinned() ? " " + messages.get("gantt.pinned") : "");
                g.fillText(clip(text, x1 - x0 - 12, 14), x0 + 8, y + ROW / 2);
            } else {
                g.setFill(Color.web("#595959"));
                g.setFont(body);
                g.fillText(vm.texts().status(sm.status()) + " — " + clip(vm.texts().reason(sm), 600, 14),
                        LABEL_WIDTH + 8, y + ROW / 2);
            }
        }
        arrows(g, plan, bars);
    }

    private void milestones(GraphicsContext g, FiscalYears fy, List<Indicator> indicators, double y, Font font) {
        for (Indicator ind : indicators) {
            if (ind.targetYear() == null || !fy.contains(ind.targetYear())) {
                continue;
            }
            double cx = LABEL_WIDTH + (ind.targetYear() - fy.start() + 1) * YEAR_WIDTH - 14;
            double cy = y + ROW / 2;
            g.setFill(Color.web("#1a1a1a"));
            g.fillPolygon(new double[] {cx, cx + 7, cx, cx - 7}, new double[] {cy - 7, cy, cy + 7, cy}, 4);
            g.setFont(font);
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText(ind.kind().name().startsWith("KPI") ? "KPI" : ind.kind().name(), cx - 10, cy);
            g.setTextAlign(TextAlignment.LEFT);
        }
    }

    private void arrows(GraphicsContext g, Plan plan, Map<String, double[]> bars) {
        g.setStroke(Color.web("#1a1a1a"));
        g.setFill(Color.web("#1a1a1a"));
        for (Measure m : plan.measures()) {
            double[] to = bars.get(m.id());
            for (String pre : m.dependsOn()) {
                double[] from = bars.get(pre);
                if (to == null || from == null) {
                    continue;
                }
                double sx = from[1];
                double sy = from[2];
                double ex = to[0];
                double ey = to[2];
                double mid = Math.max(sx + 6, ex - 8);
                g.strokeLine(sx, sy, mid, sy);
                g.strokeLine(mid, sy, mid, ey);
                g.strokeLine(mid, ey, ex, ey);
                g.fillPolygon(new double[] {ex, ex - 7, ex - 7}, new double[] {ey, ey - 4, ey + 4}, 3);
            }
        }
    }

    /** Cuts a label to fit {@code width} pixels, assuming full-width characters are about {@code size} wide. */
    private static String clip(String text, double width, double size) {
        double w = 0;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            w += c < 0x2E80 ? size * 0.55 : size;
            if (w > width) {
                return out.append('…').toString();
            }
            out.append(c);
        }
        return out.toString();
    }

    private void key(KeyEvent e) {
        List<String> ids = measureIds();
        if (ids.isEmpty()) {
            return;
        }
        String current = vm.selectedProperty().get();
        int index = Math.max(0, ids.indexOf(current));
        boolean handled = true;
        if (e.getCode() == KeyCode.DOWN) {
            vm.selectedProperty().set(ids.get(Math.min(ids.size() - 1, current == null ? 0 : index + 1)));
        } else if (e.getCode() == KeyCode.UP) {
            vm.selectedProperty().set(ids.get(Math.max(0, index - 1)));
        } else if (current == null) {
            handled = false;
        } else if (e.getCode() == KeyCode.RIGHT) {
            vm.shift(current, +1);
        } else if (e.getCode() == KeyCode.LEFT) {
            vm.shift(current, -1);
        } else if (e.getCode() == KeyCode.P) {
            vm.shift(current, 0);
        } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
            vm.unpin(current);
        } else {
            handled = false;
        }
        if (handled) {
            e.consume();
        }
    }

    private String measureAt(double y) {
        int r = (int) Math.floor((y - HEADER) / ROW);
        return r >= 0 && r < rows.size() && rows.get(r).measure() != null ? rows.get(r).id() : null;
    }

    private void press(MouseEvent e) {
        requestFocus();
        String id = measureAt(e.getY());
        if (id != null) {
            vm.selectedProperty().set(id);
            dragMeasure = id;
            dragStartX = e.getX();
        }
    }

    private void release(MouseEvent e) {
        if (dragMeasure != null && !Double.isNaN(dragStartX)) {
            int years = (int) Math.round((e.getX() - dragStartX) / YEAR_WIDTH);
            if (years != 0) {
                vm.shift(dragMeasure, years);
            }
        }
        dragMeasure = null;
        dragStartX = Double.NaN;
    }

    /** Tier colours for the canvas, mirroring the CSS variables -kn-tier-* (a canvas cannot look CSS up). */
    static final class TierColors {
        private TierColors() {
        }

        static Color fill(String tier, List<Tier> tiers) {
            int i = indexOf(tier, tiers);
            return switch (i) {
                case 0 -> Color.web("#1f3a93");
                case 1 -> Color.web("#8fbbe8");
                case 2 -> Color.web("#e6e6e6");
                default -> Color.web("#cccccc");
            };
        }

        static Color text(String tier, List<Tier> tiers) {
            return indexOf(tier, tiers) == 0 ? Color.WHITE : Color.web("#1a1a1a");
        }

        private static int indexOf(String tier, List<Tier> tiers) {
            List<Tier> sorted = new ArrayList<>(tiers);
            sorted.sort((a, b) -> Double.compare(b.minScore(), a.minScore()));
            for (int i = 0; i < sorted.size(); i++) {
                if (sorted.get(i).name().equals(tier)) {
                    return i;
                }
            }
            return -1;
        }
    }
}
