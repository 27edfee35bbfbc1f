-- CreateEnum
CREATE TYPE "QueueHandling" AS ENUM ('reassigned', 'kept', 'unassigned');

-- AlterTable
ALTER TABLE "Nudge" ADD COLUMN     "queueHandledAt" TIMESTAMPTZ(3),
ADD COLUMN     "queueHandledBy" UUID,
ADD COLUMN     "queueHandling" "QueueHandling";

