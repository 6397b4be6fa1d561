package frl.ienline.rulebook;

/** Minimum ages in years for the operator, the managers and the sex workers of a licensed business. */
public record MinimumAges(int operator, int manager, int sexWorker) {

    public MinimumAges {
        for (int age : new int[] {operator, manager, sexWorker}) {
            if (age < 18 || age > 99) {
                throw new IllegalArgumentException("A minimum age must be between 18 and 99, not " + age);
            }
        }
    }
}
