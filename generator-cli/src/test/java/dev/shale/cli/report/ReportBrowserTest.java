package dev.shale.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shale.cli.ShaleCommand;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import dev.shale.snapshot.Snapshot;
import dev.shale.snapshot.SnapshotJson;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Opens pages written by {@code shale report} in headless Chromium and checks what a reader gets: a box and a
 * section per table, boxes that never overlap, foreign-key paths that start and end on their two boxes, search,
 * links, pan and zoom; on a generated 120-table schema and on the example project. Screenshots are kept in
 * {@code target/schema-report/} to look at.
 */
class ReportBrowserTest {

    private static final Path ARTIFACTS = Path.of("target", "schema-report").toAbsolutePath();
    private static final String INJECTED = "<script>window.injected = true</script> & \"quoted\"";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

    private static HeadlessChromium chromium;
    private static SchemaModel big;
    private static Path bigPage;
    private static Path examplePage;

    @BeforeAll
    static void writePagesAndStartChromium() throws Exception {
        Files.createDirectories(ARTIFACTS);
        Path project = Files.createDirectories(ARTIFACTS.resolve("big-project"));
        big = withInjection(SyntheticSchemas.of(120, 42));
        Files.writeString(project.resolve("big.json"), SnapshotJson.write(Snapshot.next(null, big)));
        bigPage = ARTIFACTS.resolve("big.html");
        report(project, "--from", "big.json", "--out", bigPage.toString());
        examplePage = ARTIFACTS.resolve("example.html");
        report(Path.of("..", "examples").toAbsolutePath().normalize(), "--from", "latest", "--out",
                examplePage.toString());
        chromium = HeadlessChromium.start(1400, 1000);
        chromium.open(bigPage);
    }

    /** The large page as it loads: no search, no focus, the whole diagram fitted, at the top; loaded once. */
    private static void showBig() throws Exception {
        if (!chromium.evaluate("location.pathname").asText().endsWith("/big.html")) {
            chromium.open(bigPage);
        }
        chromium.evaluate("(() => { const s = document.getElementById('search'); s.value = ''; s.blur();"
                + " window.shaleReport.search(); document.querySelectorAll('g.table.focus')"
                + ".forEach(g => g.classList.remove('focus')); history.replaceState(null, '', location.pathname);"
                + " window.scrollTo(0, 0); window.shaleReport.fit(); })()");
    }

    @AfterAll
    static void stopChromium() throws Exception {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void everyTableOfTheLargeSchemaHasABoxAndASectionAndNoBoxesOverlap() throws Exception {
        showBig();

        JsonNode tables = chromium.evaluate(TABLES);
        List<String> expected = big.tables().stream().map(t -> t.name().name()).toList();
        assertEquals(expected, names(tables.get("boxes")));
        assertEquals(expected, names(tables.get("sections")));
        assertEquals(List.of(), names(tables.get("unlinked")), "boxes whose link leads to no section");
        JsonNode geometry = chromium.evaluate(GEOMETRY);
        assertEquals(List.of(), names(geometry.get("overlaps")));
        assertEquals(List.of(), names(geometry.get("loose")), "foreign-key paths whose ends miss their boxes");
        int keys = big.tables().stream().mapToInt(t -> t.foreignKeys().size()).sum();
        assertEquals(keys, geometry.get("paths").asInt());
        chromium.screenshot(ARTIFACTS.resolve("big.png"));

        // the checks can fail: a box moved onto another overlaps it and leaves its keys' ends behind
        String move = "(() => { const r = document.querySelectorAll('g.table rect.frame'); const a = r[0], b = r[1];"
                + " const old = [b.getAttribute('x'), b.getAttribute('y')]; b.setAttribute('x', a.getAttribute('x'));"
                + " b.setAttribute('y', a.getAttribute('y')); window.restoreMoved = () => { b.setAttribute('x', old[0]);"
                + " b.setAttribute('y', old[1]); }; })()";
        chromium.evaluate(move);
        JsonNode broken = chromium.evaluate(GEOMETRY);
        chromium.evaluate("window.restoreMoved()");
        assertTrue(broken.get("overlaps").size() > 0, broken.toString());
        assertTrue(broken.get("loose").size() > 0, broken.toString());
    }

    @Test
    void searchKeepsTheMatchVisibleDimsTheOthersAndEnterJumpsToIt() throws Exception {
        showBig();
        String name = big.tables().get(57).name().name();

        chromium.evaluate("document.getElementById('search').focus()");
        chromium.type(name);
        JsonNode search = chromium.evaluate("(() => { const boxes = [...document.querySelectorAll('g.table')];"
                + " const match = boxes.filter(g => g.dataset.name === " + quote(name) + ");"
                + " const others = boxes.filter(g => g.dataset.name !== " + quote(name) + ");"
                + " return { matches: match.length, opacity: +getComputedStyle(match[0]).opacity,"
                + " dimmed: others.filter(g => +getComputedStyle(g).opacity < 0.5).length, others: others.length,"
                + " sections: [...document.querySelectorAll('section.table-section')]"
                + ".filter(s => s.offsetParent !== null).map(s => s.dataset.name) }; })()");
        assertEquals(1, search.get("matches").asInt());
        assertEquals(1.0, search.get("opacity").asDouble());
        assertEquals(search.get("others").asInt(), search.get("dimmed").asInt(), search.toString());
        assertEquals(List.of(name), names(search.get("sections")));

        chromium.pressEnter();
        JsonNode view = chromium.evaluate("(() => { const c = document.getElementById('canvas').getBoundingClientRect();"
                + " const b = document.querySelector('g.table.focus rect.frame').getBoundingClientRect();"
                + " return { name: document.querySelector('g.table.focus').dataset.name,"
                + " inside: b.left >= c.left && b.right <= c.right && b.top >= c.top && b.bottom <= c.bottom,"
                + " width: b.width }; })()");
        assertEquals(name, view.get("name").asText());
        assertTrue(view.get("inside").asBoolean(), "Enter brings the table into view: " + view);
        assertTrue(view.get("width").asDouble() > 100, "and large enough to read: " + view);
        chromium.screenshot(ARTIFACTS.resolve("big-search.png"));
    }

    @Test
    void hoveringABoxLightsItsKeysAndClickingItJumpsToItsSection() throws Exception {
        showBig();
        Table table = big.tables().get(3);
        String anchor = chromium.evaluate("[...document.querySelectorAll('g.table')].find(g => g.dataset.name === "
                + quote(table.name().name()) + ").dataset.anchor").asText();
        chromium.evaluate("window.shaleReport.focusOn(" + quote(anchor) + ")");
        JsonNode head = chromium.evaluate("(() => { const r = document.querySelector('#box-" + anchor
                + " rect.head').getBoundingClientRect(); return { x: r.left + r.width / 2, y: r.top + r.height / 2 };"
                + " })()");

        chromium.hover(head.get("x").asDouble(), head.get("y").asDouble());
        JsonNode lit = chromium.evaluate("(() => { const keys = [...document.querySelectorAll('path.fk')];"
                + " const own = keys.filter(p => p.dataset.from === '" + anchor + "' || p.dataset.to === '" + anchor
                + "'); return { own: own.length, lit: own.filter(p => p.classList.contains('lit')).length,"
                + " others: keys.filter(p => p.classList.contains('lit')).length - own.length }; })()");
        assertTrue(lit.get("own").asInt() > 0, lit.toString());
        assertEquals(lit.get("own").asInt(), lit.get("lit").asInt(), "hovering lights the table's keys: " + lit);
        assertEquals(0, lit.get("others").asInt(), "and no other: " + lit);

        chromium.click(head.get("x").asDouble(), head.get("y").asDouble());

        JsonNode landed = poll("location.hash === '#" + anchor + "' && Math.abs(document.getElementById('"
                + anchor + "').getBoundingClientRect().top) < 5");
        assertTrue(landed.asBoolean(), "the click leads to the section: " + chromium.evaluate("location.hash + ' '"
                + " + document.getElementById('" + anchor + "').getBoundingClientRect().top"));
        String text = chromium.evaluate("document.getElementById('" + anchor + "').textContent").asText();
        assertTrue(text.contains(INJECTED), "the comment is shown as text: " + text);
        assertTrue(chromium.evaluate("window.injected === undefined && document.scripts.length === 1").asBoolean(),
                "no markup of a comment runs");
        chromium.screenshot(ARTIFACTS.resolve("big-section.png"));
    }

    @Test
    void theWheelZoomsADragPansAndFitShowsEverything() throws Exception {
        showBig();
        JsonNode canvas = chromium.evaluate("(() => { const r = document.getElementById('canvas')"
                + ".getBoundingClientRect(); return { x: r.left + r.width / 2, y: r.top + r.height / 2 }; })()");
        double x = canvas.get("x").asDouble();
        double y = canvas.get("y").asDouble();
        double fitted = view("scale");

        chromium.wheel(x, y, -400);
        double zoomed = poll("window.shaleReport.view().scale > " + fitted) .asBoolean() ? view("scale") : fitted;
        assertTrue(zoomed > fitted * 1.5, "the wheel zooms in: " + fitted + " -> " + zoomed);
        double tx = view("tx");
        chromium.drag(x, y, x + 150, y + 60);
        assertEquals(tx + 150, view("tx"), 1.0, "a drag pans by its distance");
        chromium.evaluate("document.getElementById('fit').click()");
        assertEquals(fitted, view("scale"), 1e-9);
        JsonNode all = chromium.evaluate("(() => { const c = document.getElementById('canvas').getBoundingClientRect();"
                + " return [...document.querySelectorAll('g.table rect.frame')].every(r => { const b ="
                + " r.getBoundingClientRect(); return b.left >= c.left - 1 && b.right <= c.right + 1 && b.top >="
                + " c.top - 1 && b.bottom <= c.bottom + 1; }); })()");
        assertTrue(all.asBoolean(), "after Fit every table is within the canvas");
    }

    @Test
    void theExampleProjectsPageShowsItsSixTablesEnumAndTimeline() throws Exception {
        chromium.open(examplePage);

        JsonNode tables = chromium.evaluate(TABLES);
        assertEquals(List.of("email_verifications", "password_resets", "projects", "support_tickets",
                "ticket_comments", "users"), names(tables.get("boxes")));
        assertEquals(names(tables.get("boxes")), names(tables.get("sections")));
        JsonNode geometry = chromium.evaluate(GEOMETRY);
        assertEquals(List.of(), names(geometry.get("overlaps")));
        assertEquals(List.of(), names(geometry.get("loose")));
        assertEquals(7, geometry.get("paths").asInt());
        JsonNode page = chromium.evaluate("(() => ({ enums: [...document.querySelectorAll('tr.enum')]"
                + ".map(e => e.dataset.name), migrations: [...document.querySelectorAll('li.migration')]"
                + ".map(m => m.dataset.version + ' ' + m.querySelector('strong').textContent),"
                + " first: document.querySelector('li.migration ul').textContent }))()");
        assertEquals(List.of("role"), names(page.get("enums")));
        assertEquals(List.of("20261121213600 create_portal", "20261121213610 cascade_deletes",
                "20261121213624 add_ticket_number", "20261121213635 add_users_active",
                "20261121213641 add_super_admin_role"), names(page.get("migrations")));
        assertTrue(page.get("first").asText().contains("create table public.users"), page.toString());
        chromium.screenshot(ARTIFACTS.resolve("example.png"));
        chromium.evaluate("document.getElementById('enums').scrollIntoView()");
        chromium.screenshot(ARTIFACTS.resolve("example-timeline.png"));
    }

    /** Names of the boxes, of the sections, and of boxes whose link has no section, in document order. */
    private static final String TABLES = "(() => { const boxes = [...document.querySelectorAll('g.table')];"
            + " return { boxes: boxes.map(g => g.dataset.name),"
            + " sections: [...document.querySelectorAll('section.table-section')].map(s => s.dataset.name),"
            + " unlinked: boxes.filter(g => { const a = g.querySelector('a'); const id = a.getAttribute('href')"
            + ".substring(1); const s = document.getElementById(id); return !s || s.dataset.name !== g.dataset.name;"
            + " }).map(g => g.dataset.name) }; })()";

    /**
     * Pairs of overlapping table boxes (in SVG units from getBBox, and on screen), and foreign-key paths whose first
     * point is not on the side of the referencing box or whose last point is not on the side of the referenced one.
     */
    private static final String GEOMETRY = "(() => {"
            + " const frames = {}; document.querySelectorAll('g.table').forEach(g => { frames[g.dataset.anchor] ="
            + " { name: g.dataset.name, box: g.querySelector('rect.frame').getBBox(),"
            + " screen: g.querySelector('rect.frame').getBoundingClientRect() }; });"
            + " const list = Object.values(frames); const overlaps = [];"
            + " const cross = (a, b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height"
            + " && b.y < a.y + a.height;"
            + " for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) {"
            + " if (cross(list[i].box, list[j].box) || cross(list[i].screen, list[j].screen))"
            + " overlaps.push(list[i].name + ' / ' + list[j].name); }"
            + " const touches = (p, b) => (Math.abs(p.x - b.x) < 1 || Math.abs(p.x - b.x - b.width) < 1)"
            + " && p.y >= b.y - 0.5 && p.y <= b.y + b.height + 0.5;"
            + " const paths = [...document.querySelectorAll('path.fk')]; const loose = [];"
            + " paths.forEach(p => { const n = p.getTotalLength(); const start = p.getPointAtLength(0);"
            + " const end = p.getPointAtLength(n); const from = frames[p.dataset.from], to = frames[p.dataset.to];"
            + " if (!from || !to || !touches(start, from.box) || !touches(end, to.box))"
            + " loose.push(p.querySelector('title').textContent); });"
            + " return { overlaps: overlaps, loose: loose, paths: paths.length }; })()";

    private static double view(String field) throws Exception {
        return chromium.evaluate("window.shaleReport.view()." + field).asDouble();
    }

    private static JsonNode poll(String condition) throws Exception {
        JsonNode result = null;
        for (int i = 0; i < 40; i++) {
            result = chromium.evaluate(condition);
            if (result.asBoolean()) {
                return result;
            }
            Thread.sleep(50);
        }
        return result;
    }

    private static void report(Path project, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("-C", project.toString(), "report"));
        all.addAll(List.of(args));
        int code = ShaleCommand.execute(Map.of(), CLOCK, new PrintWriter(out, true), new PrintWriter(err, true),
                all.toArray(String[]::new));
        assertEquals(0, code, "shale report " + all + "\n" + out + err);
    }

    private static SchemaModel withInjection(SchemaModel model) {
        List<Table> tables = new ArrayList<>(model.tables());
        Table third = tables.get(3);
        tables.set(3, third.toBuilder().comment(INJECTED).build());
        return model.toBuilder().tables(tables).build();
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(n -> names.add(n.asText()));
        return names;
    }

    private static String quote(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
