-- CreateTable
CREATE TABLE "RelationshipPulse" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organisationId" UUID NOT NULL,
    "partnerId" UUID NOT NULL,
    "staffId" UUID NOT NULL,
    "month" TEXT NOT NULL,
    "trust" INTEGER,
    "communication" INTEGER,
    "askedAt" TIMESTAMPTZ(3) NOT NULL,
    "answeredAt" TIMESTAMPTZ(3),

    CONSTRAINT "RelationshipPulse_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RelationshipPulse_organisationId_month_idx" ON "RelationshipPulse"("organisationId", "month");

-- CreateIndex
CREATE UNIQUE INDEX "RelationshipPulse_partnerId_staffId_month_key" ON "RelationshipPulse"("partnerId", "staffId", "month");

-- AddForeignKey
ALTER TABLE "RelationshipPulse" ADD CONSTRAINT "RelationshipPulse_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RelationshipPulse" ADD CONSTRAINT "RelationshipPulse_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "Staff"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- A score is a tap on 1–5 or not given yet.
ALTER TABLE "RelationshipPulse" ADD CONSTRAINT "RelationshipPulse_scores_check" CHECK (("trust" IS NULL OR "trust" BETWEEN 1 AND 5) AND ("communication" IS NULL OR "communication" BETWEEN 1 AND 5));
