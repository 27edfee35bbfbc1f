-- CreateTable
CREATE TABLE "ImportDraft" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organisationId" UUID NOT NULL,
    "staffId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "encoding" TEXT NOT NULL,
    "separator" TEXT NOT NULL,
    "table" JSONB NOT NULL,
    "mapping" JSONB NOT NULL,
    "resolutions" JSONB NOT NULL DEFAULT '{}',
    "result" JSONB,
    "appliedAt" TIMESTAMPTZ(3),
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ImportDraft_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportColumnChoice" (
    "organisationId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "mapping" JSONB NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ImportColumnChoice_pkey" PRIMARY KEY ("organisationId","kind")
);

-- CreateIndex
CREATE INDEX "ImportDraft_staffId_idx" ON "ImportDraft"("staffId");

-- CreateIndex
CREATE INDEX "ImportDraft_expiresAt_idx" ON "ImportDraft"("expiresAt");

-- AddForeignKey
ALTER TABLE "ImportDraft" ADD CONSTRAINT "ImportDraft_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportDraft" ADD CONSTRAINT "ImportDraft_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "Staff"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportColumnChoice" ADD CONSTRAINT "ImportColumnChoice_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
