package dev.sagelint.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A coverage-guided fuzz test of one reader (Jazzer). Under {@code mvn verify} it runs in regression mode: once per
 * file in its {@code <TestClass>Inputs/<method>/} resource folder (the crashes found so far) and once on empty
 * input. With {@code JAZZER_FUZZ=1} it fuzzes for {@value #MAX_DURATION}, starting from that folder and from the
 * corpus {@code .ci/fuzz.sh} seeds from the project's fixtures.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@FuzzTest(maxDuration = ReaderFuzzTest.MAX_DURATION)
public @interface ReaderFuzzTest {

    /** How long each fuzz test fuzzes when {@code JAZZER_FUZZ} is set. */
    String MAX_DURATION = "15s";
}
