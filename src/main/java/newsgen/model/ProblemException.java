package newsgen.model;

import java.util.List;

/** Raised by any stage when the input is wrong; carries every problem found, not just the first. */
public class ProblemException extends RuntimeException {
    private final List<Problem> problems;

    public ProblemException(List<Problem> problems) {
        super(problems.isEmpty() ? "no problems" : problems.get(0).toString());
        this.problems = List.copyOf(problems);
    }

    public ProblemException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
