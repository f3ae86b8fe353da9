package org.samklang.product.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The workbench figures of issue 4, measured on the real product through the test probe (see docs/performance.md):
 * event-loop lateness idle and while a flood of sandbox traffic arrives, filter changes at about 1,000 and about
 * 100,000 conversations, and ring-to-customer-card times when the sandbox's control directory and the screen pop
 * are there. Prints one "figure" line per measurement; bench/ui/run.sh turns them into a table.
 */
public final class UiBench {

    /** The figures' lines are INFO; the console shows only warnings unless told otherwise. */
    private static final String CONSOLE_INFO = "-Dsamklang.log.console=INFO";
    private static final Pattern TOTAL = Pattern.compile("of ([0-9,]+) conversations");
    private static final Pattern POP_UI_LINE = Pattern.compile("screen-pop-ui (\\S+) (\\d+)");
    private static final Pattern LOAD_LINE = Pattern.compile("list-load waited (\\d+) ms, loaded in (\\d+) ms");
    private static final Pattern FILTER_LINE = Pattern.compile("list-filter ([0-9.]+) rows=(\\d+)");
    private static final Pattern FILTER_STEPS_LINE = Pattern.compile("list-filter .*");
    private static final Pattern POP_LINE = Pattern.compile("screen-pop (\\S+) ([0-9.]+)");

    private UiBench() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("samklang-bench-ui");
        int calls = Integer.getInteger("bench.calls", 30);
        int switches = Integer.getInteger("bench.switches", 10);
        double largeRate = Double.parseDouble(System.getProperty("bench.largeRate", "36000"));
        double largeHours = Double.parseDouble(System.getProperty("bench.largeHours", "3"));
        // Only the screen pop on the small desk: for working on the ring figure without the other phases' minutes.
        boolean ringsOnly = Boolean.parseBoolean(System.getProperty("bench.ringsOnly", "false"));
        if (Boolean.parseBoolean(System.getProperty("bench.small", "true"))) {
            try (LiveProduct small = LiveProduct.start(work.resolve("small"),
                    List.of(CONSOLE_INFO, "-Dsamklang.sandbox.contactsPerHour=333"), List.of())) {
                int count = settle(small, "small");
                figure("small.conversations", count);
                if (!ringsOnly) {
                    idleLatency(small, "small.idle");
                    burst(small, Integer.getInteger("bench.burstRate", 500),
                            Integer.getInteger("bench.burstSeconds", 30));
                    filters(small, "small.filter", switches);
                    scroll(small, "small.scroll", 60);
                }
                rings(small, calls);
            }
        }
        if (ringsOnly || !Boolean.parseBoolean(System.getProperty("bench.large", "true"))) {
            return;
        }
        try (LiveProduct large = LiveProduct.start(work.resolve("large"), List.of(CONSOLE_INFO,
                "-Xmx2g", "-Dsamklang.sandbox.contactsPerHour=" + largeRate,
                "-Dsamklang.sandbox.backlogHours=" + largeHours,
                // Strangers each open a conversation of their own, so the backlog's 100,000 contacts become about
                // as many open conversations; live traffic after it is ordinary, so the desk settles.
                "-Dsamklang.sandbox.unknownShare=" + System.getProperty("bench.largeUnknown", "0.95"),
                "-Dsamklang.sandbox.liveContactsPerHour=60"),
                List.of())) {
            flood(large);
            idleLatency(large, "large.idle");
            filters(large, "large.filter", switches);
            scroll(large, "large.scroll", 60);
        }
    }

    /** Waits until the open-conversation count stops growing for 10 s; {@return the count} */
    private static int settle(LiveProduct product, String phase) {
        new Desk(product).awaitConversations();
        int last = -1;
        long stableSince = System.nanoTime();
        while (System.nanoTime() - stableSince < Duration.ofSeconds(10).toNanos()) {
            int count = listed(product.dump());
            if (count != last) {
                last = count;
                stableSince = System.nanoTime();
            }
            pause(500);
        }
        return last;
    }

    /** Arrivals while the backlog floods in: lateness of the event loop and conversations per second. */
    private static void flood(LiveProduct product) {
        product.resetLatency();
        long start = System.currentTimeMillis();
        int last = 0;
        long lastGrowth = System.currentTimeMillis();
        List<String> samples = new ArrayList<>();
        while (System.currentTimeMillis() - lastGrowth < 20_000 && System.currentTimeMillis() - start < 900_000) {
            pause(1_000);
            Screen screen = product.dump();
            int count = listed(screen);
            samples.add((screen.takenAtMillis() - start) + ":" + count + ":" + screen.eventLoop("p99Millis"));
            if (count > last) {
                last = count;
                lastGrowth = System.currentTimeMillis();
            }
        }
        Screen end = product.dump();
        double seconds = (lastGrowth - start) / 1000.0;
        figure("flood.conversations", last);
        figure("flood.seconds", seconds);
        figure("flood.conversationsPerSecond", last / Math.max(1, seconds));
        latency("flood", end);
        System.out.println("flood samples (ms:count:p99) " + String.join(" ", samples));
    }

    /**
     * Event-loop lateness while the sandbox hands the desk {@code rate} chat lines per second for {@code seconds}
     * (a control-file burst, paced by the sandbox's pump), next to the idle figure measured just before.
     */
    private static void burst(LiveProduct product, int rate, int seconds) throws IOException {
        int before = listed(product.dump());
        product.resetLatency();
        product.sandboxCommand("burst " + rate + " " + seconds);
        long start = System.currentTimeMillis();
        List<String> samples = new ArrayList<>();
        while (System.currentTimeMillis() - start < seconds * 1_000L) {
            pause(1_000);
            Screen screen = product.dump();
            samples.add((screen.takenAtMillis() - start) + ":" + listed(screen) + ":"
                    + screen.eventLoop("p99Millis"));
        }
        Screen end = product.dump();
        figure("burst.rate", rate);
        figure("burst.conversationsAdded", listed(end) - before);
        latency("burst", end);
        System.out.println("burst samples (ms:count:p99) " + String.join(" ", samples));
    }

    private static void idleLatency(LiveProduct product, String name) {
        product.resetLatency();
        for (int i = 0; i < 20; i++) {
            pause(500);
            product.dump();
        }
        latency(name, product.dump());
    }

    private static void latency(String name, Screen screen) {
        figure(name + ".loop.samples", screen.eventLoop("samples"));
        figure(name + ".loop.p50", screen.eventLoop("p50Millis"));
        figure(name + ".loop.p99", screen.eventLoop("p99Millis"));
        figure(name + ".loop.max", screen.eventLoop("maxMillis"));
    }

    /**
     * Switches the channel filter by keyboard (Down/Up in the channel choice) and times each switch twice: inside
     * (the list part's "list-filter" log line, from the change to the first page in the table) and outside (the
     * probe's last key press to the first dump that shows the new rows). While a change is under way the bench only
     * reads the console file; the dump that checks the rows comes after its log line.
     */
    private static void filters(LiveProduct product, String name, int switches) throws IOException {
        Desk desk = new Desk(product);
        desk.chooseChannel("Email");
        int loggedBefore = lines(product, FILTER_LINE).size();
        int loadsBefore = lines(product, LOAD_LINE).size();
        List<Double> outside = new ArrayList<>();
        for (int i = 0; i < switches; i++) {
            String want = i % 2 == 0 ? "Chat" : "Email";
            int before = lines(product, FILTER_LINE).size();
            Input.key(i % 2 == 0 ? "Down" : "Up");
            // Only the console while the change is under way: a probe dump would compete for the UI thread.
            long deadline = System.currentTimeMillis() + 10_000;
            while (lines(product, FILTER_LINE).size() == before && System.currentTimeMillis() < deadline) {
                pause(5);
            }
            Screen shown = product.waitFor(want + " rows", Desk.STEP, s -> Desk.channelChoice(s).text().contains(want)
                    && Desk.list(s).rows().stream().anyMatch(r -> r.get(2).length() > 1)
                    && Desk.list(s).rows().stream().allMatch(r -> r.get(1).equals(want.equals("Chat") ? "❝" : "✉")));
            outside.add((double) (shown.takenAtMillis() - shown.lastKeyDownAtMillis()));
        }
        List<Double> inside = lines(product, FILTER_LINE).stream().skip(loggedBefore)
                .map(m -> Double.parseDouble(m.group(1))).toList();
        // Where the inside time goes: waiting for the list's loader thread, then the engine's count and page.
        System.out.println(name + " loads: " + lines(product, LOAD_LINE).stream().skip(loadsBefore)
                .map(m -> m.group(1) + "+" + m.group(2)).toList() + " (waited+loaded ms)");
        percentiles(name + ".inside", inside);
        percentiles(name + ".outside", outside);
        // Each change's steps (ms since the change): table emptied, page accepted on the UI thread, rows in the table.
        lines(product, FILTER_STEPS_LINE).stream().skip(loggedBefore)
                .forEach(m -> System.out.println(name + " steps: " + m.group()));
    }

    /** {@return the list footer's total ("100 of 104,555 conversations"): the table holds only a window of it} */
    private static int listed(Screen screen) {
        for (String text : screen.part(Ids.CONVERSATIONS).texts()) {
            Matcher total = TOTAL.matcher(text);
            if (total.find()) {
                return Integer.parseInt(total.group(1).replace(",", ""));
            }
        }
        return Desk.list(screen).itemCount();
    }

    /**
     * Pages down the list by keyboard ({@code presses} Page Down keys, as fast as xdotool sends them) and reports the
     * event loop's lateness meanwhile and how many rows the selection moved: the table is virtual, so rows past the
     * loaded pages are fetched while scrolling.
     */
    private static void scroll(LiveProduct product, String name, int presses) {
        Input.key("ctrl+l");
        product.waitFor("the list focused", Desk.STEP, s -> "Table".equals(s.focus().type()));
        double startRow = Double.parseDouble(Desk.list(product.dump()).string("selectionIndex"));
        product.resetLatency();
        long start = System.currentTimeMillis();
        for (int i = 0; i < presses; i++) {
            Input.key("Next");
        }
        // Done when the selection has stopped moving for a second; timed to the first dump showing its last row.
        Screen end = product.dump();
        Screen first = end;
        long stillSince = System.currentTimeMillis();
        while (System.currentTimeMillis() - stillSince < 1_000) {
            pause(250);
            Screen now = product.dump();
            if (!Desk.list(now).string("selectionIndex").equals(Desk.list(end).string("selectionIndex"))) {
                first = now;
                stillSince = System.currentTimeMillis();
            }
            end = now;
        }
        end = first;
        figure(name + ".rowsMoved", Double.parseDouble(Desk.list(end).string("selectionIndex")) - startRow);
        figure(name + ".seconds", (end.takenAtMillis() - start) / 1000.0);
        latency(name, end);
    }

    /**
     * Rings calls through the sandbox's control directory and reads the pop's "screen-pop" lines. While a pop is
     * under way the bench only reads the console file: a probe dump walks the widget tree on the UI thread and would
     * delay the very card being timed. One dump at the end checks the last caller's card is on screen.
     */
    private static void rings(LiveProduct product, int calls) throws IOException {
        List<Double> outside = new ArrayList<>();
        String number = "";
        for (int i = 0; i < calls; i++) {
            number = String.format(Locale.ROOT, "+467012%05d", 30_000 + i);
            int before = lines(product, POP_LINE).size();
            long written = System.currentTimeMillis();
            product.sandboxCommand("ring " + number);
            long deadline = written + 10_000;
            while (lines(product, POP_LINE).size() == before && System.currentTimeMillis() < deadline) {
                pause(5);
            }
            if (lines(product, POP_LINE).size() == before) {
                figure("ring.unavailable", 1);
                System.out.println("ring: no screen pop within 10 s for " + number);
                return;
            }
            outside.add((double) (System.currentTimeMillis() - written));
            pause(1_500); // let the call settle before the next one rings, as calls do not arrive back to back
        }
        String last = number;
        product.waitFor("the card of " + last, Duration.ofSeconds(10), s -> s.part(Ids.CUSTOMER).shows(last));
        // Only the calls rung here: the sandbox also rings the desk by itself now and then.
        percentiles("ring.inside", lines(product, POP_LINE).stream().filter(m -> m.group(1).startsWith("call-ctl-"))
                .map(m -> Double.parseDouble(m.group(2))).toList());
        // The desktop's share of it: the call event reaching the window -> the card painted.
        percentiles("ring.desktop", lines(product, POP_UI_LINE).stream().filter(m -> m.group(1).startsWith("call-ctl-"))
                .map(m -> Double.parseDouble(m.group(2))).toList());
        percentiles("ring.outside", outside);
        // Each pop's steps inside the desktop (ms since the call event reached the window), to see where it waited.
        Files.readAllLines(product.console(), StandardCharsets.UTF_8).stream()
                .filter(line -> line.contains("screen-pop-ui call-ctl-")).forEach(line -> System.out.println("ring " +
                        line.substring(line.indexOf("screen-pop-ui"))));
    }

    private static List<Matcher> lines(LiveProduct product, Pattern pattern) throws IOException {
        return Files.readAllLines(product.console(), StandardCharsets.UTF_8).stream().map(pattern::matcher)
                .filter(Matcher::find).toList();
    }

    private static void percentiles(String name, List<Double> values) {
        if (values.isEmpty()) {
            figure(name + ".n", 0);
            return;
        }
        List<Double> sorted = values.stream().sorted().toList();
        figure(name + ".n", sorted.size());
        figure(name + ".p50", sorted.get((int) Math.ceil(0.50 * sorted.size()) - 1));
        figure(name + ".p95", sorted.get((int) Math.ceil(0.95 * sorted.size()) - 1));
        figure(name + ".max", sorted.get(sorted.size() - 1));
    }

    private static void figure(String name, double value) {
        System.out.println(String.format(Locale.ROOT, "figure %s %.1f", name, value));
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis); // sampling interval of the benchmark, not a timing assumption
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
