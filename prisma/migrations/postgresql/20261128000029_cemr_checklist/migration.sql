-- CreateEnum
CREATE TYPE "ChecklistState" AS ENUM ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'NOT_APPLICABLE');

-- CreateTable
CREATE TABLE "ChecklistTemplate" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "article" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "status" "ContentStatus" NOT NULL DEFAULT 'DRAFT',
    "publishedRevisionId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ChecklistTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChecklistTemplateRevision" (
    "id" TEXT NOT NULL,
    "templateId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "snapshot" TEXT NOT NULL,
    "authorId" TEXT,
    "note" TEXT,
    "published" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChecklistTemplateRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrgChecklist" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "templateId" TEXT NOT NULL,
    "unitId" TEXT,
    "title" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OrgChecklist_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChecklistItemStatus" (
    "id" TEXT NOT NULL,
    "checklistId" TEXT NOT NULL,
    "itemKey" TEXT NOT NULL,
    "status" "ChecklistState" NOT NULL DEFAULT 'NOT_STARTED',
    "reason" TEXT,
    "responsibleId" TEXT,
    "dueAt" TIMESTAMP(3),
    "evidenceText" TEXT NOT NULL DEFAULT '',
    "evidenceLinks" TEXT NOT NULL DEFAULT '[]',
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ChecklistItemStatus_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChecklistItemEvent" (
    "id" TEXT NOT NULL,
    "checklistId" TEXT NOT NULL,
    "itemKey" TEXT NOT NULL,
    "actorId" TEXT,
    "changes" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChecklistItemEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChecklistComment" (
    "id" TEXT NOT NULL,
    "checklistId" TEXT NOT NULL,
    "itemKey" TEXT NOT NULL,
    "authorId" TEXT,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChecklistComment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ChecklistTemplate_organisationId_key_key" ON "ChecklistTemplate"("organisationId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "ChecklistTemplateRevision_templateId_number_key" ON "ChecklistTemplateRevision"("templateId", "number");

-- CreateIndex
CREATE INDEX "OrgChecklist_organisationId_idx" ON "OrgChecklist"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "OrgChecklist_organisationId_templateId_unitId_key" ON "OrgChecklist"("organisationId", "templateId", "unitId");

-- CreateIndex
CREATE INDEX "ChecklistItemStatus_responsibleId_idx" ON "ChecklistItemStatus"("responsibleId");

-- CreateIndex
CREATE UNIQUE INDEX "ChecklistItemStatus_checklistId_itemKey_key" ON "ChecklistItemStatus"("checklistId", "itemKey");

-- CreateIndex
CREATE INDEX "ChecklistItemEvent_checklistId_itemKey_createdAt_idx" ON "ChecklistItemEvent"("checklistId", "itemKey", "createdAt");

-- CreateIndex
CREATE INDEX "ChecklistItemEvent_actorId_idx" ON "ChecklistItemEvent"("actorId");

-- CreateIndex
CREATE INDEX "ChecklistComment_checklistId_itemKey_createdAt_idx" ON "ChecklistComment"("checklistId", "itemKey", "createdAt");

-- CreateIndex
CREATE INDEX "ChecklistComment_authorId_idx" ON "ChecklistComment"("authorId");

-- AddForeignKey
ALTER TABLE "ChecklistTemplateRevision" ADD CONSTRAINT "ChecklistTemplateRevision_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "ChecklistTemplate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrgChecklist" ADD CONSTRAINT "OrgChecklist_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "ChecklistTemplate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChecklistItemStatus" ADD CONSTRAINT "ChecklistItemStatus_checklistId_fkey" FOREIGN KEY ("checklistId") REFERENCES "OrgChecklist"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChecklistItemStatus" ADD CONSTRAINT "ChecklistItemStatus_responsibleId_fkey" FOREIGN KEY ("responsibleId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChecklistItemEvent" ADD CONSTRAINT "ChecklistItemEvent_checklistId_fkey" FOREIGN KEY ("checklistId") REFERENCES "OrgChecklist"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChecklistItemEvent" ADD CONSTRAINT "ChecklistItemEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChecklistComment" ADD CONSTRAINT "ChecklistComment_checklistId_fkey" FOREIGN KEY ("checklistId") REFERENCES "OrgChecklist"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChecklistComment" ADD CONSTRAINT "ChecklistComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

