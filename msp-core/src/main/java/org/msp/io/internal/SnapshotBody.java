package org.msp.io.internal;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.msp.model.Actor;
import org.msp.model.ActorKind;
import org.msp.model.Basis;
import org.msp.model.BasisConversion;
import org.msp.model.ConversionKind;
import org.msp.model.Country;
import org.msp.model.CountryGroup;
import org.msp.model.DataGap;
import org.msp.model.Dataset;
import org.msp.model.Demand;
import org.msp.model.ExportRestriction;
import org.msp.model.Facility;
import org.msp.model.FacilityStatus;
import org.msp.model.Flow;
import org.msp.model.FlowOrigin;
import org.msp.model.GapKind;
import org.msp.model.GovernanceScore;
import org.msp.model.ImportReliance;
import org.msp.model.ImportSource;
import org.msp.model.Location;
import org.msp.model.Membership;
import org.msp.model.Mineral;
import org.msp.model.MineralGroup;
import org.msp.model.Offtake;
import org.msp.model.Price;
import org.msp.model.PriceKind;
import org.msp.model.Production;
import org.msp.model.Project;
import org.msp.model.ProjectStatus;
import org.msp.model.Provenance;
import org.msp.model.Qualifier;
import org.msp.model.Quantity;
import org.msp.model.RecyclingInputRate;
import org.msp.model.Region;
import org.msp.model.Reserve;
import org.msp.model.RestrictionKind;
import org.msp.model.SourcingRule;
import org.msp.model.Stage;
import org.msp.model.Stockpile;
import org.msp.model.Tariff;
import org.msp.model.TradeMeasure;
import org.msp.model.WorldTotal;

/**
 * The body of a {@link DatasetSnapshot}: a string table, then the dataset's name and source priority, then its 19
 * lists (countries to conversions, in the order of the JSON document), each record written component by component
 * in the order of its canonical constructor and read back by calling that constructor directly (so each record's
 * own checks run, with no reflection, boxing or argument arrays).
 *
 * <p>Encoding: counts, string indexes, enum ordinals and back-references are unsigned variable-length integers
 * (7 bits a byte, low bits first); {@code int}, {@code long} and {@code double} are 4, 8 and 8 bytes big-endian. The
 * string table is the number of strings n, n + 1 offsets (4 bytes each: a string's first character, shifted left
 * one bit with the low bit set when it has a character beyond Latin-1; the last gives the end), then the
 * characters: one byte each, or two (UTF-16, high byte first, so that every string, even one with an unpaired
 * surrogate, reads back equal). A string is its index in the table (0 for null), decoded on first use. An enum is
 * its ordinal plus one (0 for null); an optional value or a date is a presence byte, then the value. Each list is a
 * section: its length in bytes, the number of records, the records. Within a section the nested values that many
 * records repeat ({@link Provenance}, {@link Actor}, {@link Quantity}) are written once: each later occurrence is
 * the number of the first (1 for the first distinct value written, ...), a new value is 0 followed by its
 * components, so reading builds each distinct value once, through its constructor, and shares it. A trade measure
 * starts with a number naming its kind. Sections read independently, so {@link #read} can decode half of them on a
 * second thread.
 *
 * <p>Each record type has a writer method in {@link Out} and a reader method in {@link In} in the same order; a new
 * record component changes the canonical constructor, so the reader no longer compiles until both are updated (and
 * the snapshot's version is raised). Writing and reading take time linear in the size of the dataset.
 */
final class SnapshotBody {
    private SnapshotBody() {}

    private static final Stage[] STAGES = Stage.values();
    private static final Basis[] BASES = Basis.values();
    private static final ActorKind[] ACTOR_KINDS = ActorKind.values();
    private static final Qualifier[] QUALIFIERS = Qualifier.values();
    private static final Region[] REGIONS = Region.values();
    private static final MineralGroup[] MINERAL_GROUPS = MineralGroup.values();
    private static final FacilityStatus[] FACILITY_STATUSES = FacilityStatus.values();
    private static final FlowOrigin[] FLOW_ORIGINS = FlowOrigin.values();
    private static final ProjectStatus[] PROJECT_STATUSES = ProjectStatus.values();
    private static final RestrictionKind[] RESTRICTION_KINDS = RestrictionKind.values();
    private static final GapKind[] GAP_KINDS = GapKind.values();
    private static final PriceKind[] PRICE_KINDS = PriceKind.values();
    private static final ConversionKind[] CONVERSION_KINDS = ConversionKind.values();

    private static final int EXPORT_RESTRICTION = 1;
    private static final int TARIFF = 2;
    private static final int SOURCING_RULE = 3;

    /** The number of lists a body holds: countries to conversions, in the order of the JSON document. */
    static final int LISTS = 19;

    // ================================================================== writing

    /** Writes a dataset into a body: the records into one buffer while collecting the string table. */
    static final class Out {
        private final Map<String, Integer> strings = new LinkedHashMap<>();
        private final Map<Provenance, Integer> provenances = new HashMap<>();
        private final Map<Actor, Integer> actors = new HashMap<>();
        private final Map<Quantity, Integer> quantities = new HashMap<>();
        private ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        private DataOutputStream out = new DataOutputStream(bytes);

        /** Returns the body of {@code d}: the string table, then the records. */
        static byte[] of(Dataset d) throws IOException {
            Out o = new Out();
            o.dataset(d);
            o.out.flush();
            ByteArrayOutputStream all = new ByteArrayOutputStream(o.bytes.size() + (4 << 20));
            DataOutputStream table = new DataOutputStream(all);
            Out count = new Out();
            count.var(o.strings.size());
            count.out.flush();
            count.bytes.writeTo(table);
            int start = 0;
            for (String s : o.strings.keySet()) {
                boolean latin1 = isLatin1(s);
                table.writeInt(start << 1 | (latin1 ? 0 : 1));
                start += latin1 ? s.length() : 2 * s.length();
            }
            table.writeInt(start << 1);
            for (String s : o.strings.keySet()) {
                if (isLatin1(s)) {
                    table.write(s.getBytes(StandardCharsets.ISO_8859_1));
                } else {
                    table.writeChars(s);
                }
            }
            table.flush();
            o.bytes.writeTo(all);
            return all.toByteArray();
        }

        private static boolean isLatin1(String s) {
            for (int k = 0; k < s.length(); k++) {
                if (s.charAt(k) > 0xFF) {
                    return false;
                }
            }
            return true;
        }

        /** Writes one record. */
        private interface Writer<T> {
            void write(T record) throws IOException;
        }

        /**
         * Writes one list as a section: its length in bytes, the number of records and the records, with
         * numbers for repeated provenances, actors and quantities that start afresh, so each section reads alone.
         */
        private <T> void section(List<T> records, Writer<T> writer) throws IOException {
            ByteArrayOutputStream outer = bytes;
            DataOutputStream outerOut = out;
            bytes = new ByteArrayOutputStream(1 << 16);
            out = new DataOutputStream(bytes);
            provenances.clear();
            actors.clear();
            quantities.clear();
            var(records.size());
            for (T x : records) {
                writer.write(x);
            }
            out.flush();
            ByteArrayOutputStream section = bytes;
            bytes = outer;
            out = outerOut;
            out.writeInt(section.size());
            out.flush();
            section.writeTo(bytes);
        }

        private void dataset(Dataset d) throws IOException {
            text(d.name());
            texts(d.sourcePriority());
            var(LISTS);
            section(d.countries(), this::country);
            section(d.minerals(), this::mineral);
            section(d.groups(), this::group);
            section(d.facilities(), this::facility);
            section(d.productions(), this::production);
            section(d.reserves(), this::reserve);
            section(d.flows(), this::flow);
            section(d.stockpiles(), this::stockpile);
            section(d.demands(), this::demand);
            section(d.projects(), this::project);
            section(d.measures(), this::measure);
            section(d.gaps(), this::gap);
            section(d.importReliances(), this::importReliance);
            section(d.importSources(), this::importSource);
            section(d.worldTotals(), this::worldTotal);
            section(d.prices(), this::price);
            section(d.governanceScores(), this::governance);
            section(d.recyclingInputRates(), this::recycling);
            section(d.conversions(), this::conversion);
        }

        // ------------------------------------------------------------ values

        void var(int v) throws IOException {
            while ((v & ~0x7F) != 0) {
                out.writeByte((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            out.writeByte(v);
        }

        private void text(String s) throws IOException {
            var(s == null ? 0 : strings.computeIfAbsent(s, k -> strings.size() + 1));
        }

        private void texts(Collection<String> c) throws IOException {
            var(c.size());
            for (String s : c) {
                text(s);
            }
        }

        private void en(Enum<?> e) throws IOException {
            var(e == null ? 0 : e.ordinal() + 1);
        }

        private void date(LocalDate d) throws IOException {
            out.writeBoolean(d != null);
            if (d != null) {
                out.writeLong(d.toEpochDay());
            }
        }

        private void optionalDate(Optional<LocalDate> d) throws IOException {
            out.writeBoolean(d.isPresent());
            if (d.isPresent()) {
                date(d.get());
            }
        }

        private void optionalText(Optional<String> s) throws IOException {
            out.writeBoolean(s.isPresent());
            if (s.isPresent()) {
                text(s.get());
            }
        }

        private void optionalQuantity(Optional<Quantity> q) throws IOException {
            out.writeBoolean(q.isPresent());
            if (q.isPresent()) {
                quantity(q.get());
            }
        }

        private void optionalDouble(OptionalDouble v) throws IOException {
            out.writeBoolean(v.isPresent());
            if (v.isPresent()) {
                out.writeDouble(v.getAsDouble());
            }
        }

        /** Writes the number of {@code x}'s first occurrence, or 0 when it is new (then the caller writes it). */
        private <T> boolean seen(Map<T, Integer> numbers, T x) throws IOException {
            Integer k = numbers.get(x);
            if (k != null) {
                var(k);
                return true;
            }
            numbers.put(x, numbers.size() + 1);
            var(0);
            return false;
        }

        private void provenance(Provenance p) throws IOException {
            if (!seen(provenances, p)) {
                text(p.source());
                text(p.edition());
                text(p.table());
                text(p.licence());
                text(p.note());
            }
        }

        private void actor(Actor a) throws IOException {
            if (!seen(actors, a)) {
                en(a.kind());
                text(a.id());
            }
        }

        private void quantity(Quantity q) throws IOException {
            if (!seen(quantities, q)) {
                out.writeDouble(q.tonnes());
                en(q.basis());
            }
        }

        // ------------------------------------------------------------ records (constructor order)

        private void country(Country x) throws IOException {
            text(x.iso3());
            text(x.name());
            en(x.region());
            text(x.subregion());
        }

        private void mineral(Mineral x) throws IOException {
            text(x.id());
            text(x.name());
            en(x.group());
            texts(x.criticalLists());
        }

        private void group(CountryGroup x) throws IOException {
            text(x.id());
            text(x.name());
            var(x.memberships().size());
            for (Membership m : x.memberships()) {
                text(m.country());
                date(m.since());
                optionalDate(m.until());
            }
            provenance(x.provenance());
        }

        private void facility(Facility x) throws IOException {
            text(x.id());
            text(x.name());
            text(x.country());
            en(x.stage());
            texts(x.minerals());
            optionalQuantity(x.capacity());
            optionalText(x.operator());
            en(x.status());
            out.writeBoolean(x.location().isPresent());
            if (x.location().isPresent()) {
                out.writeDouble(x.location().get().latitude());
                out.writeDouble(x.location().get().longitude());
            }
            provenance(x.provenance());
        }

        private void production(Production x) throws IOException {
            actor(x.producer());
            text(x.mineral());
            en(x.stage());
            out.writeInt(x.year());
            quantity(x.quantity());
            en(x.qualifier());
            provenance(x.provenance());
        }

        private void reserve(Reserve x) throws IOException {
            actor(x.holder());
            text(x.mineral());
            out.writeInt(x.year());
            quantity(x.quantity());
            en(x.qualifier());
            provenance(x.provenance());
        }

        private void flow(Flow x) throws IOException {
            actor(x.from());
            actor(x.to());
            text(x.mineral());
            en(x.stage());
            out.writeInt(x.year());
            quantity(x.quantity());
            optionalDouble(x.valueUsd());
            en(x.origin());
            provenance(x.provenance());
        }

        private void stockpile(Stockpile x) throws IOException {
            text(x.country());
            text(x.mineral());
            out.writeInt(x.year());
            quantity(x.quantity());
            provenance(x.provenance());
        }

        private void demand(Demand x) throws IOException {
            text(x.country());
            text(x.mineral());
            out.writeInt(x.year());
            quantity(x.quantity());
            provenance(x.provenance());
            optionalText(x.scenario());
            optionalText(x.sector());
        }

        private void project(Project x) throws IOException {
            text(x.id());
            text(x.name());
            text(x.country());
            en(x.stage());
            texts(x.minerals());
            optionalQuantity(x.addedCapacity());
            en(x.status());
            out.writeBoolean(x.onlineYear().isPresent());
            if (x.onlineYear().isPresent()) {
                out.writeInt(x.onlineYear().getAsInt());
            }
            texts(x.financiers());
            var(x.offtakes().size());
            for (Offtake o : x.offtakes()) {
                text(o.buyer());
                optionalDouble(o.valueUsd());
                optionalQuantity(o.quantity());
            }
            provenance(x.provenance());
        }

        private void measure(TradeMeasure m) throws IOException {
            if (m instanceof ExportRestriction x) {
                var(EXPORT_RESTRICTION);
                text(x.id());
                text(x.description());
                text(x.country());
                texts(x.minerals());
                en(x.stage());
                en(x.kind());
                date(x.effective());
                optionalDate(x.until());
                texts(x.targetCountries());
                texts(x.targetGroups());
                texts(x.exemptCountries());
                texts(x.exemptGroups());
                provenance(x.provenance());
            } else if (m instanceof Tariff x) {
                var(TARIFF);
                text(x.id());
                text(x.description());
                text(x.country());
                texts(x.minerals());
                en(x.stage());
                out.writeDouble(x.rate());
                date(x.effective());
                optionalDate(x.until());
                texts(x.onCountries());
                texts(x.onGroups());
                provenance(x.provenance());
            } else if (m instanceof SourcingRule x) {
                var(SOURCING_RULE);
                text(x.id());
                text(x.description());
                text(x.country());
                texts(x.minerals());
                en(x.stage());
                date(x.effective());
                optionalDate(x.until());
                texts(x.excludedCountries());
                texts(x.excludedGroups());
                provenance(x.provenance());
            } else {
                throw new IllegalArgumentException("cannot snapshot a trade measure of type " + m.getClass().getName());
            }
        }

        private void gap(DataGap x) throws IOException {
            actor(x.actor());
            text(x.mineral());
            en(x.stage());
            out.writeInt(x.year());
            text(x.statistic());
            en(x.kind());
            provenance(x.provenance());
        }

        private void importReliance(ImportReliance x) throws IOException {
            text(x.country());
            text(x.mineral());
            out.writeInt(x.year());
            out.writeDouble(x.share());
            en(x.qualifier());
            provenance(x.provenance());
        }

        private void importSource(ImportSource x) throws IOException {
            text(x.importer());
            text(x.mineral());
            text(x.exporter());
            out.writeInt(x.fromYear());
            out.writeInt(x.toYear());
            out.writeDouble(x.share());
            provenance(x.provenance());
        }

        private void worldTotal(WorldTotal x) throws IOException {
            text(x.mineral());
            en(x.stage());
            out.writeInt(x.year());
            optionalQuantity(x.total());
            optionalQuantity(x.restOfWorld());
            en(x.qualifier());
            provenance(x.provenance());
        }

        private void price(Price x) throws IOException {
            text(x.mineral());
            out.writeInt(x.year());
            out.writeDouble(x.usdPerTonne());
            en(x.basis());
            text(x.description());
            en(x.kind());
            en(x.qualifier());
            provenance(x.provenance());
        }

        private void governance(GovernanceScore x) throws IOException {
            text(x.country());
            out.writeInt(x.year());
            out.writeDouble(x.estimate());
            out.writeInt(x.dimensions());
            provenance(x.provenance());
        }

        private void recycling(RecyclingInputRate x) throws IOException {
            text(x.region());
            text(x.mineral());
            out.writeDouble(x.rate());
            provenance(x.provenance());
        }

        private void conversion(BasisConversion x) throws IOException {
            text(x.mineral());
            en(x.stage());
            en(x.basis());
            out.writeDouble(x.low());
            out.writeDouble(x.central());
            out.writeDouble(x.high());
            en(x.kind());
            text(x.rationale());
            provenance(x.provenance());
        }
    }

    // ================================================================== reading

    /**
     * The string table of a body, each string decoded on first use (by whichever thread asks first: a string is
     * immutable, so one decoded twice by two threads at once is merely built twice). Thread-safe.
     */
    static final class Strings {
        private final byte[] b;
        /** Where the n + 1 offsets start: string k (from 1) spans offsets k - 1 to k of the characters. */
        private final int index;
        private final int chars;
        private final String[] strings;
        /** Where the table ends. */
        final int end;

        Strings(byte[] b, int offset) {
            this.b = b;
            In count = new In(this, b, offset);
            int n = count.var();
            strings = new String[n + 1];
            index = count.p;
            chars = index + 4 * (n + 1);
            end = chars + (int32(b, index + 4 * n) >>> 1);
            if (end > b.length || end < chars) {
                throw new IndexOutOfBoundsException("string table ends at " + end + " of " + b.length);
            }
        }

        /** Returns string {@code k} (0 for null). */
        String get(int k) {
            if (k == 0) {
                return null;
            }
            String s = strings[k];
            if (s == null) {
                s = decode(k);
                strings[k] = s;
            }
            return s;
        }

        private String decode(int k) {
            int from = int32(b, index + 4 * (k - 1));
            int to = int32(b, index + 4 * k) >>> 1;
            int start = from >>> 1;
            if (to < start || chars + to > end) {
                throw new IndexOutOfBoundsException("string " + k + " spans " + start + " to " + to);
            }
            if ((from & 1) == 0) {
                return new String(b, chars + start, to - start, StandardCharsets.ISO_8859_1);
            }
            // UTF-16, high byte first: any string, unpaired surrogates too
            char[] c = new char[(to - start) / 2];
            for (int i = 0, q = chars + start; i < c.length; i++, q += 2) {
                c[i] = (char) ((b[q] & 0xFF) << 8 | (b[q + 1] & 0xFF));
            }
            return new String(c);
        }
    }

    private static int int32(byte[] b, int p) {
        return (b[p] & 0xFF) << 24 | (b[p + 1] & 0xFF) << 16 | (b[p + 2] & 0xFF) << 8 | (b[p + 3] & 0xFF);
    }

    /** The first list {@link #read} decodes on a second thread: from stockpiles on, about half the records. */
    private static final int SECOND_THREAD_FROM = 7;

    /**
     * Reads a body into a new builder (not yet built). With {@code twoThreads}, a second thread decodes the lists
     * from stockpiles on while the calling thread decodes the others; the records are added to the builder in the
     * same order either way, and a record that fails its constructor's checks throws as it would on one thread
     * (the first such record in list order).
     *
     * <p>A body cut short or inconsistent (possible only if it passed the CRC check by chance or was written by
     * another version of this class) ends in an {@link IOException} or an {@link IndexOutOfBoundsException} (which
     * {@link DatasetSnapshot#read} turns into an {@link IOException}).
     */
    static Dataset.Builder read(byte[] b, int offset, boolean twoThreads) throws IOException {
        Strings strings = new Strings(b, offset);
        In head = new In(strings, b, strings.end);
        Dataset.Builder d = Dataset.builder().name(head.text());
        d.sourcePriority(head.texts(new ArrayList<>()));
        int lists = head.var();
        if (lists != LISTS) {
            throw new IOException("snapshot has " + lists + " lists, this version " + LISTS);
        }
        int[] starts = new int[LISTS];
        int[] ends = new int[LISTS];
        int q = head.p;
        for (int l = 0; l < LISTS; l++) {
            starts[l] = q + 4;
            ends[l] = starts[l] + int32(b, q);
            if (ends[l] < starts[l] || ends[l] > b.length) {
                throw new IOException("snapshot list " + l + " ends at " + ends[l] + " of " + b.length);
            }
            q = ends[l];
        }
        if (q != b.length) {
            throw new IOException("snapshot has " + (b.length - q) + " bytes after its last record");
        }
        List<Object> later = new ArrayList<>(LISTS);
        FutureTask<List<Object>> second = new FutureTask<>(() -> {
            List<Object> r = new ArrayList<>(LISTS - SECOND_THREAD_FROM);
            for (int l = SECOND_THREAD_FROM; l < LISTS; l++) {
                r.add(new In(strings, b, starts[l]).list(l, ends[l], null));
            }
            return r;
        });
        if (twoThreads) {
            Thread t = new Thread(second, "msp-snapshot-reader");
            t.setDaemon(true);
            t.start();
        }
        for (int l = 0; l < SECOND_THREAD_FROM; l++) {
            new In(strings, b, starts[l]).list(l, ends[l], d);
        }
        if (!twoThreads) {
            second.run();
        }
        try {
            later = second.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading a snapshot", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException x) {
                throw x;
            }
            if (e.getCause() instanceof IOException x) {
                throw x;
            }
            throw new IllegalStateException(e.getCause());
        }
        for (int l = SECOND_THREAD_FROM; l < LISTS; l++) {
            add(d, l, (List<?>) later.get(l - SECOND_THREAD_FROM));
        }
        return d;
    }

    private static void add(Dataset.Builder d, int list, List<?> records) {
        for (Object x : records) {
            switch (list) {
                case 7 -> d.add((Stockpile) x);
                case 8 -> d.add((Demand) x);
                case 9 -> d.add((Project) x);
                case 10 -> d.add((TradeMeasure) x);
                case 11 -> d.add((DataGap) x);
                case 12 -> d.add((ImportReliance) x);
                case 13 -> d.add((ImportSource) x);
                case 14 -> d.add((WorldTotal) x);
                case 15 -> d.add((Price) x);
                case 16 -> d.add((GovernanceScore) x);
                case 17 -> d.add((RecyclingInputRate) x);
                case 18 -> d.add((BasisConversion) x);
                default -> throw new IllegalArgumentException("list " + list + " is read on the calling thread");
            }
        }
    }

    /** Reads records from one position of a body; one instance serves one thread. */
    static final class In {
        private final Strings strings;
        private final byte[] b;
        private int p;
        private final List<Provenance> provenances = new ArrayList<>();
        private final List<Actor> actors = new ArrayList<>();
        private final List<Quantity> quantities = new ArrayList<>();

        In(Strings strings, byte[] b, int p) {
            this.strings = strings;
            this.b = b;
            this.p = p;
        }

        /**
         * Reads list number {@code l}, which ends at {@code end}: into {@code d} when it is given (the lists before
         * {@link #SECOND_THREAD_FROM}), else into the returned list.
         */
        List<Object> list(int l, int end, Dataset.Builder d) throws IOException {
            int n = var();
            List<Object> r = d == null ? new ArrayList<>(n) : null;
            for (int k = 0; k < n; k++) {
                if (d == null) {
                    r.add(record(l));
                } else {
                    add(d, l);
                }
            }
            if (p != end) {
                throw new IOException("snapshot list " + l + " ends at " + p + ", not " + end);
            }
            return r;
        }

        private void add(Dataset.Builder d, int l) throws IOException {
            switch (l) {
                case 0 -> d.add(country());
                case 1 -> d.add(mineral());
                case 2 -> d.add(group());
                case 3 -> d.add(facility());
                case 4 -> d.add(production());
                case 5 -> d.add(reserve());
                case 6 -> d.add(flow());
                default -> throw new IllegalArgumentException("list " + l + " is read on the second thread");
            }
        }

        private Object record(int l) throws IOException {
            switch (l) {
                case 7: return stockpile();
                case 8: return demand();
                case 9: return project();
                case 10: return measure();
                case 11: return gap();
                case 12: return importReliance();
                case 13: return importSource();
                case 14: return worldTotal();
                case 15: return price();
                case 16: return governance();
                case 17: return recycling();
                case 18: return conversion();
                default: throw new IllegalArgumentException("list " + l + " is read on the calling thread");
            }
        }

        // ------------------------------------------------------------ values

        private int var() {
            int v = 0;
            for (int shift = 0;; shift += 7) {
                int x = b[p++];
                v |= (x & 0x7F) << shift;
                if (x >= 0) {
                    return v;
                }
            }
        }

        private int int32() {
            int v = SnapshotBody.int32(b, p);
            p += 4;
            return v;
        }

        private long int64() {
            long hi = int32();
            return hi << 32 | (int32() & 0xFFFFFFFFL);
        }

        private double float64() {
            return Double.longBitsToDouble(int64());
        }

        private boolean present() {
            return b[p++] != 0;
        }

        private String text() {
            return strings.get(var());
        }

        private <C extends Collection<String>> C texts(C c) {
            for (int k = var(); k > 0; k--) {
                c.add(text());
            }
            return c;
        }

        private SortedSet<String> textSet() {
            return texts(new TreeSet<>());
        }

        private static <E> E en(E[] values, int k) {
            return k == 0 ? null : values[k - 1];
        }

        private LocalDate date() {
            return present() ? LocalDate.ofEpochDay(int64()) : null;
        }

        private Optional<LocalDate> optionalDate() {
            return present() ? Optional.ofNullable(date()) : Optional.empty();
        }

        private Optional<String> optionalText() {
            return present() ? Optional.ofNullable(text()) : Optional.empty();
        }

        private Optional<Quantity> optionalQuantity() {
            return present() ? Optional.of(quantity()) : Optional.empty();
        }

        private OptionalDouble optionalDouble() {
            return present() ? OptionalDouble.of(float64()) : OptionalDouble.empty();
        }

        private Provenance provenance() {
            int k = var();
            if (k != 0) {
                return provenances.get(k - 1);
            }
            Provenance x = new Provenance(text(), text(), text(), text(), text());
            provenances.add(x);
            return x;
        }

        private Actor actor() {
            int k = var();
            if (k != 0) {
                return actors.get(k - 1);
            }
            Actor x = new Actor(en(ACTOR_KINDS, var()), text());
            actors.add(x);
            return x;
        }

        private Quantity quantity() {
            int k = var();
            if (k != 0) {
                return quantities.get(k - 1);
            }
            Quantity x = new Quantity(float64(), en(BASES, var()));
            quantities.add(x);
            return x;
        }

        // ------------------------------------------------------------ records (constructor order)

        private Country country() {
            return new Country(text(), text(), en(REGIONS, var()), text());
        }

        private Mineral mineral() {
            return new Mineral(text(), text(), en(MINERAL_GROUPS, var()), textSet());
        }

        private CountryGroup group() {
            String id = text();
            String name = text();
            List<Membership> members = new ArrayList<>();
            for (int k = var(); k > 0; k--) {
                members.add(new Membership(text(), date(), optionalDate()));
            }
            return new CountryGroup(id, name, members, provenance());
        }

        private Facility facility() {
            return new Facility(text(), text(), text(), en(STAGES, var()), textSet(), optionalQuantity(),
                    optionalText(), en(FACILITY_STATUSES, var()),
                    present() ? Optional.of(new Location(float64(), float64())) : Optional.empty(), provenance());
        }

        private Production production() {
            return new Production(actor(), text(), en(STAGES, var()), int32(), quantity(), en(QUALIFIERS, var()),
                    provenance());
        }

        private Reserve reserve() {
            return new Reserve(actor(), text(), int32(), quantity(), en(QUALIFIERS, var()), provenance());
        }

        private Flow flow() {
            return new Flow(actor(), actor(), text(), en(STAGES, var()), int32(), quantity(), optionalDouble(),
                    en(FLOW_ORIGINS, var()), provenance());
        }

        private Stockpile stockpile() {
            return new Stockpile(text(), text(), int32(), quantity(), provenance());
        }

        private Demand demand() {
            return new Demand(text(), text(), int32(), quantity(), provenance(), optionalText(), optionalText());
        }

        private Project project() {
            String id = text();
            String name = text();
            String country = text();
            Stage stage = en(STAGES, var());
            SortedSet<String> minerals = textSet();
            Optional<Quantity> added = optionalQuantity();
            ProjectStatus status = en(PROJECT_STATUSES, var());
            OptionalInt online = present() ? OptionalInt.of(int32()) : OptionalInt.empty();
            List<String> financiers = texts(new ArrayList<>());
            List<Offtake> offtakes = new ArrayList<>();
            for (int k = var(); k > 0; k--) {
                offtakes.add(new Offtake(text(), optionalDouble(), optionalQuantity()));
            }
            return new Project(id, name, country, stage, minerals, added, status, online, financiers, offtakes,
                    provenance());
        }

        private TradeMeasure measure() throws IOException {
            int kind = var();
            switch (kind) {
                case EXPORT_RESTRICTION:
                    return new ExportRestriction(text(), text(), text(), textSet(), en(STAGES, var()),
                            en(RESTRICTION_KINDS, var()), date(), optionalDate(), textSet(), textSet(), textSet(),
                            textSet(), provenance());
                case TARIFF:
                    return new Tariff(text(), text(), text(), textSet(), en(STAGES, var()), float64(), date(),
                            optionalDate(), textSet(), textSet(), provenance());
                case SOURCING_RULE:
                    return new SourcingRule(text(), text(), text(), textSet(), en(STAGES, var()), date(),
                            optionalDate(), textSet(), textSet(), provenance());
                default:
                    throw new IOException("snapshot has a trade measure of unknown kind " + kind);
            }
        }

        private DataGap gap() {
            return new DataGap(actor(), text(), en(STAGES, var()), int32(), text(), en(GAP_KINDS, var()),
                    provenance());
        }

        private ImportReliance importReliance() {
            return new ImportReliance(text(), text(), int32(), float64(), en(QUALIFIERS, var()), provenance());
        }

        private ImportSource importSource() {
            return new ImportSource(text(), text(), text(), int32(), int32(), float64(), provenance());
        }

        private WorldTotal worldTotal() {
            return new WorldTotal(text(), en(STAGES, var()), int32(), optionalQuantity(), optionalQuantity(),
                    en(QUALIFIERS, var()), provenance());
        }

        private Price price() {
            return new Price(text(), int32(), float64(), en(BASES, var()), text(), en(PRICE_KINDS, var()),
                    en(QUALIFIERS, var()), provenance());
        }

        private GovernanceScore governance() {
            return new GovernanceScore(text(), int32(), float64(), int32(), provenance());
        }

        private RecyclingInputRate recycling() {
            return new RecyclingInputRate(text(), text(), float64(), provenance());
        }

        private BasisConversion conversion() {
            return new BasisConversion(text(), en(STAGES, var()), en(BASES, var()), float64(), float64(), float64(),
                    en(CONVERSION_KINDS, var()), text(), provenance());
        }
    }
}
