-- CreateEnum
CREATE TYPE "GoalProgressStatus" AS ENUM ('on_track', 'behind', 'reached', 'adjust');

-- AlterEnum
ALTER TYPE "CommitmentState" ADD VALUE 'moved';

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "managementCheckinCadence" TEXT NOT NULL DEFAULT 'monthly',
ADD COLUMN     "neverContactedGraceDays" INTEGER NOT NULL DEFAULT 14;

-- AlterTable
ALTER TABLE "Nudge" ADD COLUMN     "plannedFor" DATE;

-- AlterTable
ALTER TABLE "PlanGoal" ADD COLUMN     "dueDate" DATE,
ADD COLUMN     "measure" TEXT,
ADD COLUMN     "subResults" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "target" TEXT,
ADD COLUMN     "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateTable
CREATE TABLE "PlanGoalProgress" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "goalId" UUID NOT NULL,
    "month" TEXT NOT NULL,
    "status" "GoalProgressStatus" NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlanGoalProgress_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PlanGoalProgress_goalId_month_key" ON "PlanGoalProgress"("goalId", "month");

-- CreateIndex
CREATE INDEX "PlanGoal_planId_idx" ON "PlanGoal"("planId");

-- CreateIndex
CREATE INDEX "PlanGoal_partnerId_idx" ON "PlanGoal"("partnerId");

-- AddForeignKey
ALTER TABLE "PlanGoalProgress" ADD CONSTRAINT "PlanGoalProgress_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "PlanGoal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

