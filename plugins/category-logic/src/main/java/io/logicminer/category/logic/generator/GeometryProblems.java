package io.logicminer.category.logic.generator;

import io.logicminer.python.PythonFloat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static io.logicminer.category.logic.generator.Draw.randint;

/** mathgenerator's {@code geometry} module. */
final class GeometryProblems {

    /** mathgenerator's table, keyed by Python's round(f(radians(angle)), 2); tan 90 overflows to infinity. */
    private static final Map<String, String> TRIG_VALUES = Map.ofEntries(
            Map.entry("sin0", "0"), Map.entry("sin30", "\\frac{1}{2}"), Map.entry("sin45", "\\frac{1}{\\sqrt{2}}"),
            Map.entry("sin60", "\\frac{\\sqrt{3}}{2}"), Map.entry("sin90", "1"),
            Map.entry("cos0", "1"), Map.entry("cos30", "\\frac{\\sqrt{3}}{2}"), Map.entry("cos45", "\\frac{1}{\\sqrt{2}}"),
            Map.entry("cos60", "\\frac{1}{2}"), Map.entry("cos90", "0"),
            Map.entry("tan0", "0"), Map.entry("tan30", "\\frac{1}{\\sqrt{3}}"), Map.entry("tan45", "1"),
            Map.entry("tan60", "\\sqrt{3}"), Map.entry("tan90", "\\infty"));

    private GeometryProblems() {
    }

    private static String floats(double[] values) {
        List<String> printed = new ArrayList<>();
        for (double v : values) {
            printed.add(PythonFloat.repr(v));
        }
        return "[" + String.join(", ", printed) + "]";
    }

    static void register(Map<String, ProblemMaker> makers) {
        makers.put("basic_trigonometry", r -> {
            int[] angles = {0, 30, 45, 60, 90};
            String[] functions = {"sin", "cos", "tan"};
            int angle = angles[r.nextInt(angles.length)];
            String function = functions[r.nextInt(functions.length)];
            return Problem.of("\\" + function + "(" + angle + ") = ", TRIG_VALUES.get(function + angle));
        });
        makers.put("area_of_circle", r -> {
            int radius = randint(r, 0, 100);
            return Problem.of("Area of circle with radius " + radius + "=",
                    PythonFloat.repr(PythonFloat.round(Math.PI * radius * radius, 2)));
        });
        makers.put("circumference", r -> {
            int radius = randint(r, 0, 100);
            return Problem.of("Circumference of circle with radius " + radius + " = ",
                    PythonFloat.repr(PythonFloat.round(2 * Math.PI * radius, 2)));
        });
        makers.put("degree_to_rad", r -> {
            int a = randint(r, 0, 360);
            return Problem.of("Angle " + a + " degrees in radians is: ",
                    PythonFloat.repr(PythonFloat.round(Math.PI * a / 180, 2)));
        });
        makers.put("radian_to_deg", r -> {
            double a = randint(r, 0, 628) / 100.0;
            return Problem.of("Angle " + PythonFloat.repr(a) + " radians in degrees is: ",
                    PythonFloat.repr(PythonFloat.round(180 * a / Math.PI, 2)));
        });
        makers.put("area_of_triangle", r -> {
            int a = randint(r, 1, 20);
            int b = randint(r, 1, 20);
            int c = randint(r, Math.abs(b - a) + 1, a + b - 1);
            double semi = (a + b + c) / 2.0;
            double area = Math.sqrt(semi * (semi - a) * (semi - b) * (semi - c));
            return Problem.of("Area of triangle with side lengths: " + a + ", " + b + ", " + c + " = ",
                    PythonFloat.repr(PythonFloat.round(area, 2)));
        });
        makers.put("pythagorean_theorem", r -> {
            int a = randint(r, 1, 20);
            int b = randint(r, 1, 20);
            return Problem.of("What is the hypotenuse of a right triangle given the other two sides have lengths " + a
                    + " and " + b + "?", PythonFloat.repr(PythonFloat.round(Math.sqrt(a * a + b * b), 2)));
        });
        makers.put("area_of_trapezoid", r -> {
            int a = randint(r, 1, 20);
            int b = randint(r, 1, 20);
            int h = randint(r, 1, 20);
            return Problem.of("Area of trapezoid with height " + h + " and base lengths: " + a + ", " + b + ", = ",
                    PythonFloat.repr(PythonFloat.round((a + b) * h / 2.0, 2)));
        });
        makers.put("angle_regular_polygon", r -> {
            int sides = randint(r, 3, 20);
            return Problem.of("Find the angle of a regular polygon with " + sides + " sides",
                    PythonFloat.repr(180 - PythonFloat.round(360.0 / sides, 2)));
        });
        makers.put("sector_area", r -> {
            int radius = randint(r, 1, 49);
            int angle = randint(r, 1, 359);
            return Problem.of("What is the area of a sector with radius " + radius + " and angle " + angle + " degrees?",
                    PythonFloat.repr(PythonFloat.round(angle / 360.0 * Math.PI * radius * radius, 2)));
        });
        makers.put("arc_length", r -> {
            int radius = randint(r, 1, 49);
            int angle = randint(r, 1, 359);
            return Problem.of("Given radius, " + radius + " and angle, " + angle + ". Find the arc length of the angle.",
                    "Arc length of the angle = " + PythonFloat.fixed(angle / 360.0 * 2 * Math.PI * radius, 5));
        });
        makers.put("surface_area_sphere", r -> {
            int radius = randint(r, 1, 20);
            return Problem.of("Surface area of a sphere with radius = " + radius + "m is",
                    PythonFloat.repr(PythonFloat.round(4 * Math.PI * radius * radius, 2)) + " m^2");
        });
        makers.put("volume_sphere", r -> {
            int radius = randint(r, 1, 100);
            return Problem.of("Volume of sphere with radius " + radius + " m = ",
                    PythonFloat.repr(PythonFloat.round(4 * Math.PI / 3 * ((long) radius * radius * radius), 2))
                            + " m^3");
        });
        makers.put("volume_hemisphere", r -> {
            int radius = randint(r, 1, 100);
            return Problem.of("Volume of hemisphere with radius " + radius + " m = ",
                    PythonFloat.repr(PythonFloat.round(2 * Math.PI / 3 * ((long) radius * radius * radius), 2))
                            + " m^3");
        });
        // Quirk kept for the cylinder and cone: int() truncates instead of rounding.
        makers.put("surface_area_cylinder", r -> {
            int h = randint(r, 1, 50);
            int radius = randint(r, 1, 20);
            return Problem.of("Surface area of cylinder with height = " + h + "m and radius = " + radius + "m is",
                    (long) (2 * Math.PI * h * radius + 2 * Math.PI * radius * radius) + " m^2");
        });
        makers.put("volume_cylinder", r -> {
            int h = randint(r, 1, 50);
            int radius = randint(r, 1, 20);
            return Problem.of("Volume of cylinder with height = " + h + "m and radius = " + radius + "m is",
                    (long) (Math.PI * radius * radius * h) + " m^3");
        });
        makers.put("surface_area_cone", r -> {
            int h = randint(r, 1, 50);
            int radius = randint(r, 1, 20);
            double slant = Math.sqrt(h * h + radius * radius);
            return Problem.of("Surface area of cone with height = " + h + "m and radius = " + radius + "m is",
                    (long) (Math.PI * radius * slant + Math.PI * radius * radius) + " m^2");
        });
        makers.put("volume_cone", r -> {
            int h = randint(r, 1, 50);
            int radius = randint(r, 1, 20);
            return Problem.of("Volume of cone with height = " + h + "m and radius = " + radius + "m is",
                    (long) (Math.PI * radius * radius * h * (1.0 / 3)) + " m^3");
        });
        makers.put("curved_surface_area_cylinder", r -> {
            int radius = randint(r, 1, 49);
            int h = randint(r, 1, 99);
            return Problem.of("What is the curved surface area of a cylinder of radius, " + radius + " and height, " + h
                    + "?", PythonFloat.repr(PythonFloat.round(2 * Math.PI * radius * h, 2)));
        });
        makers.put("volume_pyramid", r -> {
            int length = randint(r, 1, 20);
            int width = randint(r, 1, 20);
            int h = randint(r, 1, 50);
            return Problem.of("Volume of pyramid with base length = " + length + " m, base width = " + width
                            + " m and height = " + h + " m is",
                    PythonFloat.repr(PythonFloat.round(length * width * h / 3.0, 2)) + " m^3");
        });
        makers.put("volume_cone_frustum", r -> {
            int h = randint(r, 1, 50);
            int r1 = randint(r, 1, 20);
            int r2 = randint(r, 1, 20);
            return Problem.of("Volume of frustum with height = " + h + "m and r1 = " + r1 + "m is and r2 = " + r2 + "m is ",
                    PythonFloat.repr(PythonFloat.round(Math.PI * h * (r1 * r1 + r2 * r2 + r1 * r2) / 3, 2)) + " m^3");
        });
        makers.put("surface_area_pyramid", r -> {
            int[][] triples = {{3, 4, 5}, {6, 8, 10}, {9, 12, 15}, {12, 16, 20}, {15, 20, 25}, {5, 12, 13},
                {10, 24, 26}, {7, 24, 25}};
            int[] chosen = triples[r.nextInt(triples.length)];
            List<Integer> first = new ArrayList<>(List.of(chosen[0], chosen[1], chosen[2]));
            java.util.Collections.shuffle(first, new java.util.Random(r.nextLong()));
            int height = first.get(0);
            int halfWidth = first.get(1);
            List<int[]> withHeight = new ArrayList<>();
            for (int[] t : triples) {
                if (t[0] == height || t[1] == height || t[2] == height) {
                    withHeight.add(t);
                }
            }
            int[] second = withHeight.get(r.nextInt(withHeight.size()));
            List<Integer> others = new ArrayList<>();
            for (int v : second) {
                if (v != height) {
                    others.add(v);
                }
            }
            int halfLength = others.get(r.nextInt(others.size()));
            double slant1 = Math.sqrt(halfWidth * halfWidth + height * height);
            double slant2 = Math.sqrt(halfLength * halfLength + height * height);
            double answer = 4 * halfWidth * halfLength + 2 * (halfLength * slant1) + 2 * (halfWidth * slant2);
            // Quirk kept: the full float is printed.
            return Problem.of("Surface area of pyramid with base length = " + 2 * halfLength + "m, base width = "
                    + 2 * halfWidth + "m, and height = " + height + "m is", PythonFloat.repr(answer) + " m^2");
        });
        makers.put("equation_of_line_from_two_points", r -> {
            int x1 = randint(r, -20, 20);
            int x2 = randint(r, -20, 20);
            int y1 = randint(r, -20, 20);
            int y2 = randint(r, -20, 20);
            long coeffY = x2 - x1;
            long coeffX = y2 - y1;
            long constant = (long) y2 * coeffY - (long) x2 * coeffX;
            long gcd = Draw.gcd(coeffX, coeffY);
            if (gcd == 0 && constant != 0) {
                return null; // mathgenerator divides by zero: re-drawn
            }
            if (gcd != 1 && gcd != 0) {
                // mathgenerator's own rounding toward zero for each sign
                coeffY = coeffY > 0 ? coeffY / gcd : -Math.floorDiv(-coeffY, gcd);
                coeffX = coeffX > 0 ? coeffX / gcd : -Math.floorDiv(-coeffX, gcd);
                constant = constant > 0 ? constant / gcd : -Math.floorDiv(-constant, gcd);
            }
            if (coeffY < 0) {
                coeffY = -coeffY;
                coeffX = -coeffX;
                constant = -constant;
            }
            String x = coeffX == 1 ? "" : coeffX == -1 ? "-" : Long.toString(coeffX);
            String y = coeffY == 1 ? "" : coeffY == -1 ? "-" : Long.toString(coeffY);
            String answer;
            if (coeffX == 0) {
                answer = y + "y = " + constant;
            } else if (coeffY == 0) {
                answer = x + "x = " + -constant;
            } else if (constant > 0) {
                answer = y + "y = " + x + "x + " + constant;
            } else {
                answer = y + "y = " + x + "x " + constant; // quirk kept: "x -51", "x 0"
            }
            return Problem.of("What is the equation of the line between points (" + x1 + "," + y1 + ") and (" + x2
                    + "," + y2 + ") in slope-intercept form?", answer);
        });
        makers.put("area_of_circle_given_center_and_point", r -> {
            int radius = randint(r, 0, 10);
            int cx = randint(r, -10, 10);
            int cy = randint(r, -10, 10);
            // Quirk kept: pi // 6 is 0.0 and pi // 2 is 1.0 in Python, so the "angles" are 0, 0, 1, pi, pi, 4.
            double[] angles = {0.0, 0.0, 1.0, Math.PI, Math.PI, 4.0};
            double angle = angles[r.nextInt(angles.length)];
            double px = cx + PythonFloat.round(radius * Math.cos(angle), 2);
            double py = cy + PythonFloat.round(radius * Math.sin(angle), 2);
            return Problem.of("Area of circle with center (" + cx + "," + cy + ") and passing through ("
                            + PythonFloat.repr(px) + ", " + PythonFloat.repr(py) + ") is",
                    PythonFloat.repr(PythonFloat.round(Math.PI * radius * radius, 2)));
        });
        makers.put("angle_btw_vectors", r -> {
            int count = randint(r, 2, 20);
            double[] v1 = new double[count];
            double[] v2 = new double[count];
            for (int i = 0; i < count; i++) {
                v1[i] = PythonFloat.round(1000 * r.nextDouble(), 2);
            }
            for (int i = 0; i < count; i++) {
                v2[i] = PythonFloat.round(1000 * r.nextDouble(), 2);
            }
            double dot = 0;
            double s1 = 0;
            double s2 = 0;
            for (int i = 0; i < count; i++) {
                dot += v1[i] * v2[i];
                s1 += v1[i] * v1[i];
                s2 += v2[i] * v2[i];
            }
            double ratio = dot / (Math.sqrt(s1) * Math.sqrt(s2));
            if (ratio > 1) {
                return null; // acos fails in mathgenerator ("NaN"): re-drawn
            }
            return Problem.of("angle between the vectors " + floats(v1) + " and " + floats(v2) + " is:",
                    PythonFloat.repr(PythonFloat.round(Math.acos(ratio), 2)) + " radians");
        });
        makers.put("surface_area_cube", r -> {
            int a = randint(r, 1, 20);
            return Problem.of("Surface area of cube with side = " + a + "m is", 6 * a * a + " m^2");
        });
        makers.put("volume_cube", r -> {
            int a = randint(r, 1, 20);
            return Problem.of("Volume of cube with a side length of " + a + "m is", a * a * a + " m^3");
        });
        makers.put("surface_area_cuboid", r -> {
            int a = randint(r, 1, 20);
            int b = randint(r, 1, 20);
            int c = randint(r, 1, 20);
            return Problem.of("Surface area of cuboid with sides of lengths: " + a + "m, " + b + "m, " + c + "m is",
                    2 * (a * b + b * c + c * a) + " m^2");
        });
        makers.put("volume_cuboid", r -> {
            int a = randint(r, 1, 20);
            int b = randint(r, 1, 20);
            int c = randint(r, 1, 20);
            return Problem.of("Volume of cuboid with sides = " + a + "m, " + b + "m, " + c + "m is", a * b * c + " m^3");
        });
        makers.put("fourth_angle_of_quadrilateral", r -> {
            int a1 = randint(r, 1, 180);
            int a2 = randint(r, 1, 240 - a1);
            int a3 = randint(r, 1, 340 - (a1 + a2));
            return Problem.of("Fourth angle of quadrilateral with angles " + a1 + " , " + a2 + ", " + a3 + " =",
                    Integer.toString(360 - (a1 + a2 + a3)));
        });
        makers.put("sum_of_polygon_angles", r -> {
            int sides = randint(r, 3, 12);
            return Problem.of("What is the sum of interior angles of a polygon with " + sides + " sides?",
                    Integer.toString((sides - 2) * 180));
        });
        makers.put("valid_triangle", r -> {
            int a = randint(r, 1, 50);
            int b = randint(r, 1, 50);
            int c = randint(r, 1, 50);
            boolean exists = c < a + b && a < b + c && b < c + a;
            return Problem.of("Does triangle with sides " + a + ", " + b + " and " + c + " exist?", exists ? "Yes" : "No");
        });
        makers.put("complementary_and_supplementary_angle", r -> {
            boolean supplementary = r.nextBoolean();
            int angle = randint(r, 1, supplementary ? 180 : 90);
            return Problem.of("The " + (supplementary ? "supplementary" : "complementary") + " angle of " + angle + " =",
                    Integer.toString((supplementary ? 180 : 90) - angle));
        });
        makers.put("perimeter_of_polygons", r -> {
            int count = randint(r, 3, 12);
            List<Integer> sides = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                sides.add(randint(r, 1, 120));
            }
            return Problem.of("The perimeter of a " + count + " sided polygon with lengths of "
                            + sides.stream().map(String::valueOf).collect(Collectors.joining(", ")) + "cm is: ",
                    Integer.toString(sides.stream().mapToInt(Integer::intValue).sum()));
        });
    }
}
