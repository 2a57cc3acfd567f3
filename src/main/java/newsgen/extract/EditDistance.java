package newsgen.extract;

/** Whether two names differ by at most one letter (a typo such as "Ramoz" for "Ramos"). */
final class EditDistance {
    private EditDistance() {
    }

    static boolean withinOne(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        if (a.length() > b.length()) {
            String s = a;
            a = b;
            b = s;
        }
        int i = 0;
        while (i < a.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (i == a.length()) {
            return true;
        }
        return a.length() == b.length()
                ? a.substring(i + 1).equals(b.substring(i + 1))
                : a.substring(i).equals(b.substring(i + 1));
    }
}
