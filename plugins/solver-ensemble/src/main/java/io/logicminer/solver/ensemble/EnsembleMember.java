package io.logicminer.solver.ensemble;

/** One voter of an ensemble: a chat model sampled {@link #samples()} times, or another solver. */
sealed interface EnsembleMember permits ModelMember, SolverMember {

    /** For reports: {@code model default}, {@code solver math}. */
    String label();

    /** The weight of each of its votes; positive. */
    double weight();

    /** How many votes it casts per challenge. */
    int samples();

    /** Its position in {@code members}: orders ballots for the tie rule. */
    int position();
}
