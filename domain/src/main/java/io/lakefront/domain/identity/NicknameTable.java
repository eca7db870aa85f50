package io.lakefront.domain.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Groups of given names that are forms of one another (Robert, Bob, Rob, Bobby). A name may sit in
 * several groups (Al: Albert, Alan, Alfred); two names match when they share a group.
 */
public final class NicknameTable {
    private static final List<String> ENGLISH = List.of(
            "robert bob rob bobby robbie bert", "william bill will billy willy liam", "richard rick dick rich ricky",
            "james jim jimmy jamie", "john jack johnny jon", "jonathan jon jonny nathan",
            "michael mike mikey mick mickey", "thomas tom tommy", "charles charlie chuck chas",
            "joseph joe joey", "daniel dan danny", "matthew matt matty", "anthony tony", "christopher chris kit",
            "christine chris chrissy tina", "christina chris tina", "andrew andy drew", "edward ed eddie ted ned",
            "edwin ed eddie", "henry harry hank", "harold harry hal", "david dave davy", "steven steve stevie",
            "stephen steve stevie", "benjamin ben benny benji", "samuel sam sammy", "samantha sam sammy",
            "alexander alex al sandy xander", "alexandra alex sandra sandy lexi", "albert al bert",
            "alfred al alf fred freddie", "alan al", "frederick fred freddie", "nicholas nick nicky",
            "patrick pat paddy", "patricia pat patty tricia trish", "peter pete", "philip phil pip",
            "phillip phil", "timothy tim timmy", "gregory greg", "jeffrey jeff", "kenneth ken kenny",
            "lawrence larry", "leonard leo len lenny", "ronald ron ronnie", "donald don donnie",
            "raymond ray", "gerald gerry jerry", "jeremy jerry", "zachary zach zack", "joshua josh",
            "nathaniel nate nathan", "jacob jake", "elizabeth liz lizzie beth betty bess eliza libby",
            "margaret maggie meg peggy marge", "katherine kate katie kathy kat", "catherine cathy kate katie cat",
            "kathleen kathy kate", "jennifer jen jenny", "jessica jess jessie", "rebecca becky becca",
            "susan sue susie", "suzanne sue suzy", "deborah deb debbie", "dorothy dot dottie",
            "victoria vicky tori", "veronica ronnie vera", "abigail abby gail", "amanda mandy",
            "barbara barb barbie", "cynthia cindy", "eleanor ellie nora", "emily em emmy", "emma em",
            "frances fran frankie", "francis frank fran", "gabriel gabe", "gabrielle gabby",
            "isabella bella izzy", "isabelle bella izzy", "jacqueline jackie", "judith judy", "julia julie",
            "kimberly kim", "lucinda lucy", "madeline maddie maddy", "madeleine maddie", "melissa mel missy",
            "melanie mel", "natalie nat", "nicole nicky nikki", "pamela pam", "penelope penny",
            "rosemary rose rosie", "sarah sally sadie", "stephanie steph", "theresa tess terry", "teresa tess terry",
            "valerie val", "virginia ginny", "wilma willa", "zoe zoey", "mitchell mitch", "oliver ollie",
            "olivia liv livvy", "harrison harry", "lachlan lachie", "mackenzie mac kenzie");

    private final Map<String, Set<Integer>> groupsByName;

    private NicknameTable(Map<String, Set<Integer>> groupsByName) {
        this.groupsByName = groupsByName;
    }

    /** Builds a table from groups, each a list of names that are forms of one another. */
    public static NicknameTable of(List<List<String>> groups) {
        Map<String, Set<Integer>> byName = new HashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            for (String name : groups.get(g)) {
                byName.computeIfAbsent(name.trim().toLowerCase(Locale.ROOT), n -> new HashSet<>()).add(g);
            }
        }
        byName.replaceAll((name, ids) -> Set.copyOf(ids));
        return new NicknameTable(Map.copyOf(byName));
    }

    /** A built-in table of common English given names and their nicknames. */
    public static NicknameTable english() {
        List<List<String>> groups = new ArrayList<>();
        for (String line : ENGLISH) {
            groups.add(List.of(line.split(" ")));
        }
        return of(groups);
    }

    /** True when both (lower-case) names are known forms of one name. Equal names are left to "exact". */
    public boolean sameName(String a, String b) {
        Set<Integer> left = groupsByName.get(a);
        if (left == null) {
            return false;
        }
        Set<Integer> right = groupsByName.get(b);
        if (right == null) {
            return false;
        }
        for (Integer group : left) {
            if (right.contains(group)) {
                return true;
            }
        }
        return false;
    }

    /** The groups a (lower-case) name belongs to, sorted; {@code null} when it is in none. */
    int[] groupsOf(String name) {
        Set<Integer> groups = groupsByName.get(name);
        return groups == null ? null : groups.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    /** Whether two results of {@link #groupsOf} share a group. */
    static boolean shareGroup(int[] left, int[] right) {
        if (left == null || right == null) {
            return false;
        }
        int i = 0;
        int j = 0;
        while (i < left.length && j < right.length) {
            if (left[i] == right[j]) {
                return true;
            }
            if (left[i] < right[j]) {
                i++;
            } else {
                j++;
            }
        }
        return false;
    }

    public int size() {
        return groupsByName.size();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NicknameTable table && table.groupsByName.equals(groupsByName);
    }

    @Override
    public int hashCode() {
        return groupsByName.hashCode();
    }
}
