package io.lakefront.domain.source;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where each incoming column lands in the staging table, and what drifted. Columns are matched by
 * name (the n-th "x" with the n-th staged "x"), never by position, so a source that reorders its
 * columns does not shuffle values. Staged columns keep their positions ({@code c1..cN} in storage),
 * added ones are appended; with {@code rebuild} (a full sync, which replaces every row) the
 * staged layout is dropped and the incoming columns are staged as they come.
 */
final class ColumnLayout {
    private final List<String> staged;
    private final List<String> incoming;
    private final List<String> columns;
    private final int[] targetOf;
    private final int[] stagedOf;

    private ColumnLayout(List<String> staged, List<String> incoming, List<String> columns, int[] targetOf, int[] stagedOf) {
        this.staged = staged;
        this.incoming = incoming;
        this.columns = columns;
        this.targetOf = targetOf;
        this.stagedOf = stagedOf;
    }

    static ColumnLayout of(List<String> staged, List<String> incoming, boolean rebuild) {
        int[] stagedOf = new int[incoming.size()];
        boolean[] used = new boolean[staged.size()];
        for (int i = 0; i < incoming.size(); i++) {
            stagedOf[i] = -1;
            for (int s = 0; s < staged.size(); s++) {
                if (!used[s] && staged.get(s).equals(incoming.get(i))) {
                    used[s] = true;
                    stagedOf[i] = s;
                    break;
                }
            }
        }
        int[] targetOf = new int[incoming.size()];
        List<String> columns;
        if (rebuild) {
            columns = List.copyOf(incoming);
            Arrays.setAll(targetOf, i -> i);
        } else {
            List<String> union = new ArrayList<>(staged);
            for (int i = 0; i < incoming.size(); i++) {
                if (stagedOf[i] >= 0) {
                    targetOf[i] = stagedOf[i];
                } else {
                    targetOf[i] = union.size();
                    union.add(incoming.get(i));
                }
            }
            columns = List.copyOf(union);
        }
        return new ColumnLayout(List.copyOf(staged), List.copyOf(incoming), columns, targetOf, stagedOf);
    }

    /** The staging table's columns after this sync. */
    List<String> columns() {
        return columns;
    }

    /** Position in {@link #columns()} of the incoming column at {@code incomingPosition}. */
    int targetOf(int incomingPosition) {
        return targetOf[incomingPosition];
    }

    /** An incoming row spread over the staging columns, nulls where the source has nothing. */
    List<String> place(List<String> row) {
        String[] placed = new String[columns.size()];
        for (int i = 0; i < row.size(); i++) {
            placed[targetOf[i]] = row.get(i);
        }
        return Arrays.asList(placed);
    }

    /**
     * Added, removed and retyped columns against the previous sync; nothing on a first sync.
     *
     * @param stagedTypes   the previous sync's types, by staged position
     * @param incomingTypes this sync's types, by incoming position
     */
    List<SchemaDrift> drift(StagingCheckpoint stagedTypes, List<ValueType> incomingTypes) {
        if (staged.isEmpty()) {
            return List.of();
        }
        List<SchemaDrift> drift = new ArrayList<>();
        boolean[] kept = new boolean[staged.size()];
        for (int i = 0; i < incoming.size(); i++) {
            ValueType now = incomingTypes.get(i);
            if (stagedOf[i] < 0) {
                drift.add(SchemaDrift.added(incoming.get(i), now));
            } else {
                kept[stagedOf[i]] = true;
                ValueType before = stagedTypes.typeAt(stagedOf[i]);
                if (before.differsFrom(now)) {
                    drift.add(SchemaDrift.retyped(incoming.get(i), before, now));
                }
            }
        }
        for (int s = 0; s < staged.size(); s++) {
            if (!kept[s]) {
                drift.add(SchemaDrift.removed(staged.get(s), stagedTypes.typeAt(s)));
            }
        }
        return drift;
    }

    /**
     * The types to commit, one per staging column: this sync's where it saw values, else the
     * previous sync's (a removed column, or one that held only blanks this time).
     */
    List<ValueType> committedTypes(StagingCheckpoint stagedTypes, List<ValueType> incomingTypes) {
        ValueType[] types = new ValueType[columns.size()];
        for (int t = 0; t < types.length; t++) {
            types[t] = ValueType.EMPTY;
        }
        for (int i = 0; i < incoming.size(); i++) {
            if (stagedOf[i] >= 0) {
                types[targetOf[i]] = stagedTypes.typeAt(stagedOf[i]);
            }
        }
        if (columns.size() >= staged.size() && columns.subList(0, staged.size()).equals(staged)) {
            for (int s = 0; s < staged.size(); s++) {
                if (types[s] == ValueType.EMPTY) {
                    types[s] = stagedTypes.typeAt(s);
                }
            }
        }
        for (int i = 0; i < incoming.size(); i++) {
            if (incomingTypes.get(i) != ValueType.EMPTY) {
                types[targetOf[i]] = incomingTypes.get(i);
            }
        }
        return Arrays.asList(types);
    }

    /** The incoming position of the column named {@code name} (trimmed, any case), or -1. */
    int incomingPosition(String name) {
        for (int i = 0; i < incoming.size(); i++) {
            if (incoming.get(i) != null && incoming.get(i).strip().equalsIgnoreCase(name.strip())) {
                return i;
            }
        }
        return -1;
    }

    List<String> incoming() {
        return incoming;
    }
}
