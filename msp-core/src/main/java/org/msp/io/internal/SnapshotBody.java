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
 * The body of a {@link DatasetSnapshot}: a string table, then the dataset's name, source priority and lists, each
 * record written component by component in the order of its canonical constructor, and read back by calling that
 * constructor directly (so each record's own checks run, with no reflection, boxing or argument arrays).
 *
 * <p>Encoding: counts, string indexes, enum ordinals and back-references are unsigned variable-length integers
 * (7 bits a byte, low bits first); {@code int}, {@code long} and {@code double} are 4, 8 and 8 bytes big-endian;
 * a string is its index in the table (0 for null), the table giving each string's length, shifted left one bit with
 * the low bit set when it has a character beyond Latin-1, then its characters (one byte each, or two, UTF-16 high
 * byte first, so that every string, even one with an unpaired surrogate, reads back equal); an enum is its ordinal plus one
 * (0 for null); an optional value or a date is a presence byte, then the value. The nested values that many
 * records repeat ({@link Provenance}, {@link Actor}, {@link Quantity}) are written once: each later occurrence is
 * the number of the first (1 for the first distinct value written, ...), a new value is 0 followed by its
 * components, so reading builds each distinct value once, through its constructor, and shares it. A trade
 * measure starts with a byte naming its kind.
 *
 * <p>Each record type has a writer method in {@link Out} and a reader method in {@link In} beside it in the same
 * order; a new record component changes the canonical constructor, so the reader no longer compiles until both
 * are updated (and the snapshot's version is raised). Writing and reading take time linear in the size of the
 * dataset. Not thread-safe: one instance serves one call.
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

    /** The number of lists a body holds, in the order of {@link Out#dataset} and {@link In#dataset}. */
    static final int LISTS = 19;

    // ================================================================== writing

    /** Writes a dataset into a body: the records into one buffer while collecting the string table. */
    static final class Out {
        private final Map<String, Integer> strings = new LinkedHashMap<>();
        private final Map<Provenance, Integer> provenances = new HashMap<>();
        private final Map<Actor, Integer> actors = new HashMap<>();
        private final Map<Quantity, Integer> quantities = new HashMap<>();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        private final DataOutputStream out = new DataOutputStream(bytes);

        /** Returns the body of {@code d}: the string table, then the records. */
        static byte[] of(Dataset d) throws IOException {
            Out o = new Out();
            o.dataset(d);
            o.out.flush();
            ByteArrayOutputStream all = new ByteArrayOutputStream(o.bytes.size() + (1 << 20));
            DataOutputStream table = new DataOutputStream(all);
            Out header = new Out();
            header.var(o.strings.size());
            for (String s : o.strings.keySet()) {
                if (isLatin1(s)) {
                    header.var(s.length() << 1);
                    header.out.write(s.getBytes(StandardCharsets.ISO_8859_1));
                } else {
                    header.var(s.length() << 1 | 1);
                    header.out.writeChars(s);
                }
            }
            header.out.flush();
            header.bytes.writeTo(table);
            o.bytes.writeTo(table);
            table.flush();
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

        private void dataset(Dataset d) throws IOException {
            text(d.name());
            texts(d.sourcePriority());
            var(LISTS);
            var(d.countries().size());
            for (Country x : d.countries()) {
                country(x);
            }
            var(d.minerals().size());
            for (Mineral x : d.minerals()) {
                mineral(x);
            }
            var(d.groups().size());
            for (CountryGroup x : d.groups()) {
                group(x);
            }
            var(d.facilities().size());
            for (Facility x : d.facilities()) {
                facility(x);
            }
            var(d.productions().size());
            for (Production x : d.productions()) {
                production(x);
            }
            var(d.reserves().size());
            for (Reserve x : d.reserves()) {
                reserve(x);
            }
            var(d.flows().size());
            for (Flow x : d.flows()) {
                flow(x);
            }
            var(d.stockpiles().size());
            for (Stockpile x : d.stockpiles()) {
                stockpile(x);
            }
            var(d.demands().size());
            for (Demand x : d.demands()) {
                demand(x);
            }
            var(d.projects().size());
            for (Project x : d.projects()) {
                project(x);
            }
            var(d.measures().size());
            for (TradeMeasure x : d.measures()) {
                measure(x);
            }
            var(d.gaps().size());
            for (DataGap x : d.gaps()) {
                gap(x);
            }
            var(d.importReliances().size());
            for (ImportReliance x : d.importReliances()) {
                importReliance(x);
            }
            var(d.importSources().size());
            for (ImportSource x : d.importSources()) {
                importSource(x);
            }
            var(d.worldTotals().size());
            for (WorldTotal x : d.worldTotals()) {
                worldTotal(x);
            }
            var(d.prices().size());
            for (Price x : d.prices()) {
                price(x);
            }
            var(d.governanceScores().size());
            for (GovernanceScore x : d.governanceScores()) {
                governance(x);
            }
            var(d.recyclingInputRates().size());
            for (RecyclingInputRate x : d.recyclingInputRates()) {
                recycling(x);
            }
            var(d.conversions().size());
            for (BasisConversion x : d.conversions()) {
                conversion(x);
            }
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
     * Reads a body. A truncated or inconsistent body (possible only if it passed the CRC check by chance or was
     * written by another version of this class) ends in an exception: {@link ArrayIndexOutOfBoundsException} and
     * the like are turned into an {@link IOException} by {@link DatasetSnapshot#read}.
     */
    static final class In {
        private final byte[] b;
        private int p;
        private final String[] strings;
        private final List<Provenance> provenances = new ArrayList<>(1024);
        private final List<Actor> actors = new ArrayList<>(2048);
        private final List<Quantity> quantities = new ArrayList<>(1 << 14);

        /** Reads the string table of the body {@code b[offset ...]}. */
        In(byte[] b, int offset) {
            this.b = b;
            this.p = offset;
            strings = new String[var() + 1];
            for (int k = 1; k < strings.length; k++) {
                int h = var();
                strings[k] = (h & 1) == 0 ? latin1(h >>> 1) : utf16(h >>> 1);
            }
        }

        private String latin1(int n) {
            String s = new String(b, p, n, StandardCharsets.ISO_8859_1);
            p += n;
            return s;
        }

        /** {@code n} UTF-16 code units, two bytes each, high byte first: any string, unpaired surrogates too. */
        private String utf16(int n) {
            char[] c = new char[n];
            for (int k = 0; k < n; k++) {
                c[k] = (char) ((b[p] & 0xFF) << 8 | (b[p + 1] & 0xFF));
                p += 2;
            }
            return new String(c);
        }

        /** Reads the dataset's name, source priority and records into a new builder (not yet built). */
        Dataset.Builder dataset() throws IOException {
            Dataset.Builder d = Dataset.builder().name(text());
            d.sourcePriority(texts(new ArrayList<>()));
            int lists = var();
            if (lists != LISTS) {
                throw new IOException("snapshot has " + lists + " lists, this version " + LISTS);
            }
            for (int k = var(); k > 0; k--) {
                d.add(country());
            }
            for (int k = var(); k > 0; k--) {
                d.add(mineral());
            }
            for (int k = var(); k > 0; k--) {
                d.add(group());
            }
            for (int k = var(); k > 0; k--) {
                d.add(facility());
            }
            for (int k = var(); k > 0; k--) {
                d.add(production());
            }
            for (int k = var(); k > 0; k--) {
                d.add(reserve());
            }
            for (int k = var(); k > 0; k--) {
                d.add(flow());
            }
            for (int k = var(); k > 0; k--) {
                d.add(stockpile());
            }
            for (int k = var(); k > 0; k--) {
                d.add(demand());
            }
            for (int k = var(); k > 0; k--) {
                d.add(project());
            }
            for (int k = var(); k > 0; k--) {
                d.add(measure());
            }
            for (int k = var(); k > 0; k--) {
                d.add(gap());
            }
            for (int k = var(); k > 0; k--) {
                d.add(importReliance());
            }
            for (int k = var(); k > 0; k--) {
                d.add(importSource());
            }
            for (int k = var(); k > 0; k--) {
                d.add(worldTotal());
            }
            for (int k = var(); k > 0; k--) {
                d.add(price());
            }
            for (int k = var(); k > 0; k--) {
                d.add(governance());
            }
            for (int k = var(); k > 0; k--) {
                d.add(recycling());
            }
            for (int k = var(); k > 0; k--) {
                d.add(conversion());
            }
            if (p != b.length) {
                throw new IOException("snapshot has " + (b.length - p) + " bytes after its last record");
            }
            return d;
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
            int v = (b[p] & 0xFF) << 24 | (b[p + 1] & 0xFF) << 16 | (b[p + 2] & 0xFF) << 8 | (b[p + 3] & 0xFF);
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
            return strings[var()];
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
