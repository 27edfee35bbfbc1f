-- CreateEnum
CREATE TYPE "CollaborationStage" AS ENUM ('verkennen', 'opstarten', 'uitvoeren', 'evalueren');

-- CreateTable
CREATE TABLE "Collaboration" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organisationId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "ownerId" UUID,
    "resultGoal" TEXT,
    "startDate" DATE,
    "stage" "CollaborationStage" NOT NULL DEFAULT 'verkennen',
    "scanIntervalMonths" INTEGER NOT NULL DEFAULT 3,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Collaboration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CollaborationPartner" (
    "collaborationId" UUID NOT NULL,
    "partnerId" UUID NOT NULL,

    CONSTRAINT "CollaborationPartner_pkey" PRIMARY KEY ("collaborationId","partnerId")
);

-- CreateTable
CREATE TABLE "CollaborationParticipant" (
    "collaborationId" UUID NOT NULL,
    "staffId" UUID NOT NULL,

    CONSTRAINT "CollaborationParticipant_pkey" PRIMARY KEY ("collaborationId","staffId")
);

-- CreateTable
CREATE TABLE "QuickScanRound" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "collaborationId" UUID NOT NULL,
    "trigger" TEXT NOT NULL DEFAULT 'schedule',
    "openedAt" TIMESTAMPTZ(3) NOT NULL,
    "remindAt" TIMESTAMPTZ(3) NOT NULL,
    "closesAt" TIMESTAMPTZ(3) NOT NULL,
    "remindedAt" TIMESTAMPTZ(3),
    "closedAt" TIMESTAMPTZ(3),
    "invited" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "QuickScanRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuickScanAnswer" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "roundId" UUID NOT NULL,
    "staffId" UUID NOT NULL,
    "scores" JSONB NOT NULL,
    "remark" TEXT,
    "answeredAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "QuickScanAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Collaboration_ownerId_idx" ON "Collaboration"("ownerId");

-- CreateIndex
CREATE UNIQUE INDEX "Collaboration_organisationId_name_key" ON "Collaboration"("organisationId", "name");

-- CreateIndex
CREATE INDEX "CollaborationPartner_partnerId_idx" ON "CollaborationPartner"("partnerId");

-- CreateIndex
CREATE INDEX "CollaborationParticipant_staffId_idx" ON "CollaborationParticipant"("staffId");

-- CreateIndex
CREATE INDEX "QuickScanRound_collaborationId_openedAt_idx" ON "QuickScanRound"("collaborationId", "openedAt");

-- CreateIndex
CREATE INDEX "QuickScanRound_closedAt_idx" ON "QuickScanRound"("closedAt");

-- CreateIndex
CREATE INDEX "QuickScanAnswer_staffId_idx" ON "QuickScanAnswer"("staffId");

-- CreateIndex
CREATE UNIQUE INDEX "QuickScanAnswer_roundId_staffId_key" ON "QuickScanAnswer"("roundId", "staffId");

-- AddForeignKey
ALTER TABLE "Collaboration" ADD CONSTRAINT "Collaboration_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Collaboration" ADD CONSTRAINT "Collaboration_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Staff"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollaborationPartner" ADD CONSTRAINT "CollaborationPartner_collaborationId_fkey" FOREIGN KEY ("collaborationId") REFERENCES "Collaboration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollaborationPartner" ADD CONSTRAINT "CollaborationPartner_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollaborationParticipant" ADD CONSTRAINT "CollaborationParticipant_collaborationId_fkey" FOREIGN KEY ("collaborationId") REFERENCES "Collaboration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollaborationParticipant" ADD CONSTRAINT "CollaborationParticipant_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "Staff"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuickScanRound" ADD CONSTRAINT "QuickScanRound_collaborationId_fkey" FOREIGN KEY ("collaborationId") REFERENCES "Collaboration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuickScanAnswer" ADD CONSTRAINT "QuickScanAnswer_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "QuickScanRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuickScanAnswer" ADD CONSTRAINT "QuickScanAnswer_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "Staff"("id") ON DELETE CASCADE ON UPDATE CASCADE;

