package dev.shale.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.cli.report.layout.Layout;
import dev.shale.cli.report.layout.LayoutGraph;
import dev.shale.cli.report.layout.SugiyamaLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SugiyamaLayoutTest {

    private static final double EPSILON = 0.01;

    @Test
    void aChainGoesLeftToRightOneLayerApart() {
        LayoutGraph graph = new LayoutGraph(List.of(node("a", 100, 50), node("b", 120, 80), node("c", 90, 40)),
                List.of(edge("a", "b", 10, 20), edge("b", "c", 30, 5)));

        Layout layout = SugiyamaLayout.layout(graph);

        Map<String, Layout.Box> boxes = byId(layout);
        assertTrue(boxes.get("a").x() + boxes.get("a").width() < boxes.get("b").x(), layout.toString());
        assertTrue(boxes.get("b").x() + boxes.get("b").width() < boxes.get("c").x(), layout.toString());
        // ports line up: each edge is horizontal
        for (Layout.Route route : layout.routes()) {
            assertEquals(route.points().get(0).y(), route.points().get(route.points().size() - 1).y(), EPSILON,
                    route.toString());
        }
        assertConnects(layout, graph);
    }

    @Test
    void boxesOfDifferentHeightsInOneLayerNeverOverlap() {
        List<LayoutGraph.Node> nodes = new ArrayList<>(List.of(node("hub", 200, 60)));
        List<LayoutGraph.Edge> edges = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            nodes.add(node("leaf" + i, 150 + i * 7, 30 + (i * 37) % 300));
            edges.add(edge("leaf" + i, "hub", 12, 30)); // all pull towards the same height
        }
        LayoutGraph graph = new LayoutGraph(nodes, edges);

        Layout layout = SugiyamaLayout.layout(graph);

        assertNoOverlap(layout);
        assertConnects(layout, graph);
    }

    @Test
    void cyclesSelfLoopsAndSeveralComponentsAreLaidOut() {
        LayoutGraph graph = new LayoutGraph(
                List.of(node("a", 100, 50), node("b", 100, 70), node("c", 100, 90), node("d", 80, 40),
                        node("e", 80, 40), node("alone", 60, 30)),
                List.of(edge("a", "b", 5, 5), edge("b", "c", 5, 5), edge("c", "a", 60, 5), edge("c", "c", 20, 70),
                        edge("d", "e", 10, 10), edge("d", "e", 30, 10)));

        Layout layout = SugiyamaLayout.layout(graph);

        assertNoOverlap(layout);
        assertConnects(layout, graph);
        Layout.Route loop = layout.routes().get(3);
        Layout.Box c = byId(layout).get("c");
        assertTrue(loop.points().stream().allMatch(p -> p.x() >= c.x() + c.width() - EPSILON), loop.toString());
        for (Layout.Box box : layout.boxes()) {
            assertTrue(box.x() >= 0 && box.y() >= 0 && box.x() + box.width() <= layout.width() + EPSILON
                    && box.y() + box.height() <= layout.height() + EPSILON, box + " lies outside " + layout.width()
                    + "x" + layout.height());
        }
    }

    @Test
    void aLongEdgePassesLayersBetweenTheBoxesThere() {
        LayoutGraph graph = new LayoutGraph(
                List.of(node("a", 100, 50), node("b", 100, 300), node("c", 100, 50), node("d", 100, 50)),
                List.of(edge("a", "b", 5, 5), edge("b", "c", 5, 5), edge("c", "d", 5, 5), edge("a", "d", 40, 40)));

        Layout layout = SugiyamaLayout.layout(graph);

        Layout.Route longEdge = layout.routes().get(3);
        assertTrue(longEdge.points().size() > 2, "the edge over two layers bends through dummies: " + longEdge);
        for (Layout.Box box : layout.boxes()) {
            if (!box.id().equals("a") && !box.id().equals("d")) {
                for (Layout.Point p : longEdge.points()) {
                    assertFalse(p.x() > box.x() && p.x() < box.x() + box.width() && p.y() > box.y()
                            && p.y() < box.y() + box.height(), "route point " + p + " inside " + box);
                }
            }
        }
        assertConnects(layout, graph);
    }

    @Test
    void aLargeRandomGraphHasNoOverlapAndTheSameLayoutEveryTime() {
        LayoutGraph graph = randomGraph(150, 260, 7);

        Layout first = SugiyamaLayout.layout(graph);
        Layout second = SugiyamaLayout.layout(randomGraph(150, 260, 7));

        assertNoOverlap(first);
        assertConnects(first, graph);
        assertEquals(first, second);
    }

    @Test
    void refusesGraphsItCannotDraw() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> new LayoutGraph(List.of(node("a", 10, 10)), List.of(edge("a", "b", 0, 0))));
        assertEquals("edge a -> b names an unknown node", unknown.getMessage());
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> new LayoutGraph(List.of(node("a", 10, 10), node("a", 20, 20)), List.of()));
        assertEquals("two nodes are named a", twice.getMessage());
        IllegalArgumentException size = assertThrows(IllegalArgumentException.class, () -> node("a", 0, 10));
        assertEquals("node a needs a positive size, not 0.0x10.0", size.getMessage());
    }

    @Test
    void anEmptyGraphIsAnEmptyLayout() {
        Layout layout = SugiyamaLayout.layout(new LayoutGraph(List.of(), List.of()));
        assertEquals(new Layout(List.of(), List.of(), 0, 0), layout);
    }

    static void assertNoOverlap(Layout layout) {
        List<Layout.Box> boxes = layout.boxes();
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertFalse(boxes.get(i).overlaps(boxes.get(j)), boxes.get(i) + " overlaps " + boxes.get(j));
            }
        }
    }

    /** Each route starts on its from box's left or right side at the from port and ends likewise on its to box. */
    static void assertConnects(Layout layout, LayoutGraph graph) {
        Map<String, Layout.Box> boxes = byId(layout);
        assertEquals(graph.edges().size(), layout.routes().size());
        for (int i = 0; i < graph.edges().size(); i++) {
            LayoutGraph.Edge edge = graph.edges().get(i);
            Layout.Route route = layout.routes().get(i);
            assertEquals(edge.from(), route.from());
            assertEquals(edge.to(), route.to());
            assertOnSide(route.points().get(0), boxes.get(edge.from()), edge.fromPort(), route);
            assertOnSide(route.points().get(route.points().size() - 1), boxes.get(edge.to()), edge.toPort(), route);
        }
    }

    private static void assertOnSide(Layout.Point p, Layout.Box box, double port, Layout.Route route) {
        boolean side = Math.abs(p.x() - box.x()) < EPSILON || Math.abs(p.x() - box.x() - box.width()) < EPSILON;
        assertTrue(side, route + " does not touch the side of " + box);
        assertEquals(box.y() + port, p.y(), EPSILON, route + " leaves " + box + " off its port");
    }

    private static Map<String, Layout.Box> byId(Layout layout) {
        return layout.boxes().stream().collect(Collectors.toMap(Layout.Box::id, Function.identity()));
    }

    private static LayoutGraph randomGraph(int nodes, int edges, long seed) {
        Random random = new Random(seed);
        List<LayoutGraph.Node> list = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            list.add(node("n" + i, 120 + random.nextInt(200), 40 + random.nextInt(260)));
        }
        List<LayoutGraph.Edge> links = new ArrayList<>();
        for (int i = 0; i < edges; i++) {
            int a = random.nextInt(nodes);
            int b = random.nextInt(nodes);
            links.add(edge("n" + a, "n" + b, random.nextInt(40), random.nextInt(40)));
        }
        return new LayoutGraph(list, links);
    }

    private static LayoutGraph.Node node(String id, double width, double height) {
        return new LayoutGraph.Node(id, width, height);
    }

    private static LayoutGraph.Edge edge(String from, String to, double fromPort, double toPort) {
        return new LayoutGraph.Edge(from, to, fromPort, toPort);
    }
}
