package io.logicminer.solver.math.geometry;

import io.logicminer.solver.math.engine.TopicGroup;
import io.logicminer.solver.math.engine.TopicSolver;

import java.util.List;

/** mathgenerator's {@code geometry} module: the subtopics LogicNet draws from (third_angle_of_triangle is not among them). */
public final class GeometryTopics implements TopicGroup {

    @Override
    public String topic() {
        return "geometry";
    }

    @Override
    public List<TopicSolver> solvers() {
        return List.of(
                new AngleBtwVectorsSolver(),
                new AngleRegularPolygonSolver(),
                new ArcLengthSolver(),
                new AreaOfCircleGivenCenterAndPointSolver(),
                new AreaOfCircleSolver(),
                new AreaOfTrapezoidSolver(),
                new AreaOfTriangleSolver(),
                new BasicTrigonometrySolver(),
                new CircumferenceSolver(),
                new ComplementaryAndSupplementaryAngleSolver(),
                new CurvedSurfaceAreaCylinderSolver(),
                new DegreeToRadSolver(),
                new EquationOfLineFromTwoPointsSolver(),
                new FourthAngleOfQuadrilateralSolver(),
                new PerimeterOfPolygonsSolver(),
                new PythagoreanTheoremSolver(),
                new RadianToDegSolver(),
                new SectorAreaSolver(),
                new SumOfPolygonAnglesSolver(),
                new SurfaceAreaConeSolver(),
                new SurfaceAreaCubeSolver(),
                new SurfaceAreaCuboidSolver(),
                new SurfaceAreaCylinderSolver(),
                new SurfaceAreaPyramidSolver(),
                new SurfaceAreaSphereSolver(),
                new ValidTriangleSolver(),
                new VolumeConeFrustumSolver(),
                new VolumeConeSolver(),
                new VolumeCubeSolver(),
                new VolumeCuboidSolver(),
                new VolumeCylinderSolver(),
                new VolumeHemisphereSolver(),
                new VolumePyramidSolver(),
                new VolumeSphereSolver());
    }
}
